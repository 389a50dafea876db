#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""Summarise the raw files of scripts/bench: print a table of medians and ratios, then write
benchmarks/results.json and benchmarks/chart.svg.

Usage: bench-report.py WORK_DIRECTORY ROUNDS INVOCATIONS SIGNATURES
"""
import json
import os
import platform
import re
import statistics
import subprocess
import sys

SUBJECTS = ["ours", "floor", "node", "python"]
PEERS = ["node", "python"]
LABELS = {"ours": "TokenFunction (Swift)", "floor": "floor (C, libcurl)", "node": "Node 20 peer",
          "python": "Python peer"}
# metric key, label, unit, target ratio ours/better peer (lower is better for all of them)
METRICS = [
    ("cpu", "CPU time per warm invocation", "ms", 0.35),
    ("p50", "latency p50", "ms", 0.75),
    ("p99", "latency p99", "ms", 0.75),
    ("init", "init duration", "ms", 0.10),
    ("memory", "peak memory", "MiB", 0.50),
]
SIGNING_TARGET = 0.90


def rate(path):
    """Return the signatures per second printed by raw-sign or SigningBenchmark."""
    with open(path) as handle:
        match = re.search(r": ([0-9.]+)/s", handle.read())
    if not match:
        sys.exit(f"bench-report: no rate in {path}")
    return float(match.group(1))


def run_figures(path):
    """Return the figures of one `invoke --stats-json` file."""
    with open(path) as handle:
        stats = json.load(handle)
    if stats.get("coldStarts") != 1:
        sys.exit(f"bench-report: {path} has {stats.get('coldStarts')} cold starts, expected 1")
    return {
        "cpu": stats["warmCPUMillisecondsPerInvocation"],
        "p50": stats["warmLatency"]["p50"],
        "p99": stats["warmLatency"]["p99"],
        "init": stats["initDurationMilliseconds"],
        "memory": stats["peakMemoryKB"] / 1024,
    }


def command_output(arguments):
    """Return the first line a version command prints, or "unknown"."""
    try:
        return subprocess.run(arguments, capture_output=True, text=True, check=True).stdout.strip().splitlines()[0]
    except (OSError, subprocess.CalledProcessError, IndexError):
        return "unknown"


def machine():
    """Describe the machine and the runtimes the run used."""
    model = "unknown"
    with open("/proc/cpuinfo") as handle:
        for line in handle:
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    venv = "benchmarks/.venv/bin/python"
    versions = command_output([venv, "-c", "import importlib.metadata as m; print(' '.join(f'{p} '"
                               "+ m.version(p) for p in ['awslambdaric','PyJWT','cryptography','boto3']))"])
    return {
        "cpu": model,
        "cores": os.cpu_count(),
        "kernel": platform.release(),
        "swift": command_output(["swift", "--version"]),
        "node": command_output(["node", "--version"]),
        "python": command_output([venv, "--version"]),
        "pythonPackages": versions,
    }


def summarise(work, rounds):
    """Return per-round figures and their medians for every subject."""
    runs = {name: [run_figures(f"{work}/{name}-{r}.json") for r in range(1, rounds + 1)] for name in SUBJECTS}
    medians = {name: {key: statistics.median(run[key] for run in runs[name]) for key, *_ in METRICS}
               for name in SUBJECTS}
    raw = [rate(f"{work}/raw-sign-{r}.txt") for r in range(1, rounds + 1)]
    signer = [rate(f"{work}/signer-{r}.txt") for r in range(1, rounds + 1)]
    return runs, medians, raw, signer


def table(medians, signing):
    """Return the printed table: medians per subject, the ratios of ours and of the floor to the better
    peer, the target and the verdict on ours."""
    lines = [f"{'metric (median)':<32}{'ours':>10}{'floor':>10}{'node':>10}{'python':>10}{'ours/best':>11}"
             f"{'floor/best':>12}{'target':>9}  result"]
    verdicts = []
    for key, label, unit, target in METRICS:
        best = min(medians[name][key] for name in PEERS)
        ratio = medians["ours"][key] / best
        verdicts.append(ratio <= target)
        values = "".join(f"{medians[name][key]:>10.3f}" for name in SUBJECTS)
        lines.append(f"{label + ' (' + unit + ')':<32}{values}{ratio:>10.3f}x{medians['floor'][key] / best:>11.3f}x"
                     f"{'<= ' + str(target):>9}  " + ("pass" if ratio <= target else "FAIL"))
    share = signing["signerRate"] / signing["rawRate"]
    verdicts.append(share >= SIGNING_TARGET)
    lines.append(f"{'signing rate (signatures/s)':<32}{signing['signerRate']:>10.0f}{'raw C:':>10}"
                 f"{signing['rawRate']:>10.0f}{'':>10}{share:>10.3f}x{'':>12}{'>= ' + str(SIGNING_TARGET):>9}  "
                 + ("pass" if share >= SIGNING_TARGET else "FAIL"))
    return "\n".join(lines), all(verdicts)


def bar_panel(x, y, title, entries, unit):
    """Return SVG for one horizontal bar panel of (label, value, colour) entries."""
    width, bar_height = 300, 18
    largest = max(value for _, value, _ in entries) or 1
    parts = [f'<text x="{x}" y="{y}" font-weight="bold">{title}</text>']
    for index, (label, value, colour) in enumerate(entries):
        top = y + 10 + index * (bar_height + 6)
        length = max(1, width * value / largest)
        parts.append(f'<text x="{x}" y="{top + 13}">{label}</text>')
        parts.append(f'<rect x="{x + 150}" y="{top}" width="{length:.1f}" height="{bar_height}" fill="{colour}"/>')
        parts.append(f'<text x="{x + 155 + length:.1f}" y="{top + 13}">{value:.3g} {unit}</text>')
    return parts


def chart(medians, signing):
    """Return an SVG chart of the medians: one panel per metric, then the signing rates."""
    colours = {"ours": "#d9480f", "floor": "#868e96", "node": "#2f9e44", "python": "#1971c2"}
    parts = ['<svg xmlns="http://www.w3.org/2000/svg" width="1040" height="480" font-family="sans-serif" '
             'font-size="12">', '<rect width="100%" height="100%" fill="white"/>',
             '<text x="20" y="24" font-size="15" font-weight="bold">IVS token vendor: medians of scripts/bench '
             '(lower is better, except the signing rate)</text>']
    panels = METRICS + [("signing", "signing rate", "/s", None)]
    for index, (key, label, unit, _) in enumerate(panels):
        x, y = 20 + (index % 2) * 520, 60 + (index // 2) * 140
        if key == "signing":
            entries = [("JWSSigner.sign", signing["signerRate"], colours["ours"]),
                       ("raw Nettle (C)", signing["rawRate"], "#868e96")]
        else:
            entries = [(LABELS[name], medians[name][key], colours[name]) for name in SUBJECTS]
        parts += bar_panel(x, y, label, entries, unit)
    parts.append("</svg>")
    return "\n".join(parts) + "\n"


def main():
    work, rounds, invocations, signatures = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
    runs, medians, raw, signer = summarise(work, rounds)
    signing = {"rawRate": statistics.median(raw), "signerRate": statistics.median(signer),
               "rawRates": raw, "signerRates": signer}
    text, passed = table(medians, signing)

    ratios = {key: medians["ours"][key] / min(medians[name][key] for name in PEERS) for key, *_ in METRICS}
    ratios["signing"] = signing["signerRate"] / signing["rawRate"]
    floor_ratios = {key: medians["floor"][key] / min(medians[name][key] for name in PEERS) for key, *_ in METRICS}
    results = {
        "machine": machine(),
        "rounds": rounds,
        "invocationsPerRun": invocations,
        "signaturesPerRun": signatures,
        "units": {"cpu": "ms per warm invocation", "p50": "ms", "p99": "ms", "init": "ms", "memory": "MiB"},
        "medians": medians,
        "ratiosToBetterPeer": ratios,
        "floorRatiosToBetterPeer": floor_ratios,
        "targets": {key: target for key, _, _, target in METRICS} | {"signing": SIGNING_TARGET},
        "allTargetsMet": passed,
        "signing": signing,
        "runs": runs,
    }

    with open("benchmarks/results.json", "w") as handle:
        json.dump(results, handle, indent=2)
        handle.write("\n")
    with open("benchmarks/chart.svg", "w") as handle:
        handle.write(chart(medians, signing))

    print(f"medians over {rounds} rounds of {invocations} invocations (events/get-token.json) "
          f"and {signatures} signatures; ratios are to the better peer; floor is benchmarks/floor.c")
    print(text)
    print("bench: wrote benchmarks/results.json and benchmarks/chart.svg"
          + ("" if passed else "; some targets are not met"), file=sys.stderr)


if __name__ == "__main__":
    main()
