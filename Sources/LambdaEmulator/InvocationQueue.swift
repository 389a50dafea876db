// SPDX-License-Identifier: Apache-2.0

/// Runs a host's invocations on one worker thread, one at a time and in the order they arrive, so the
/// Invoke API can return 202 for an `Event` invocation at once and run it later, between synchronous ones.
///
/// A synchronous caller waits for its own result; an `Event` caller gets a request ID and leaves. The
/// host logs `START`, `END` and `REPORT` for both.
final class InvocationQueue: @unchecked Sendable {
    // Sendable because `state` is only touched inside monitor.withLock and the host only inside its
    // lock; the terminator is Sendable itself.
    private let monitor = Monitor()
    private var state = State()
    private let host: Locked<FunctionHost>
    private let terminator: ProcessGroupTerminator

    private struct Job {
        let ticket: Int
        let requestID: String
        let event: [UInt8]
        let isAsynchronous: Bool
    }

    private struct State {
        var waiting: [Job] = []
        var runningTicket: Int?
        var results: [Int: InvocationResult] = [:]
        var nextTicket = 0
        var stopped = false
        var workerRunning = true
    }

    /// Takes over `host` and starts the worker thread.
    init(_ host: consuming sending FunctionHost) {
        terminator = host.terminator
        self.host = Locked(host)
        startDetachedThread { [self] in work() }
    }

    /// Runs `event` after every earlier invocation and returns its result, or `nil` when the queue
    /// stopped before the invocation started.
    func invoke(_ event: [UInt8]) -> InvocationResult? {
        monitor.withLock {
            guard let ticket = append(event, requestID: RandomIdentifiers.requestID(), isAsynchronous: false) else {
                return nil
            }
            while state.results[ticket] == nil {
                if state.stopped && state.runningTicket != ticket { return nil }
                monitor.wait(until: nil)
            }
            return state.results.removeValue(forKey: ticket)
        }
    }

    /// Queues `event` to run after every earlier invocation and returns its request ID at once, or
    /// `nil` when the queue has stopped.
    func enqueue(_ event: [UInt8]) -> String? {
        let requestID = RandomIdentifiers.requestID()
        let ticket = monitor.withLock { append(event, requestID: requestID, isAsynchronous: true) }
        return ticket == nil ? nil : requestID
    }

    /// Drops the invocations that have not started, kills the function so the running one ends at
    /// once, waits for the worker to finish, and returns how many `Event` invocations were dropped.
    ///
    /// Synchronous callers whose invocation was dropped get `nil`. Later calls return 0.
    func stop() -> Int {
        let dropped: Int = monitor.withLock {
            guard !state.stopped else { return 0 }
            state.stopped = true
            let asynchronous = state.waiting.filter(\.isAsynchronous).count
            state.waiting.removeAll()
            monitor.broadcast()
            return asynchronous
        }
        terminator.killGroupPermanently()
        monitor.withLock {
            while state.workerRunning { monitor.wait(until: nil) }
        }
        host.withLock { $0.shutdown() }
        return dropped
    }

    /// Appends a job and returns its ticket, or `nil` once stopped; call with the lock held.
    private func append(_ event: [UInt8], requestID: String, isAsynchronous: Bool) -> Int? {
        guard !state.stopped else { return nil }
        let ticket = state.nextTicket
        state.nextTicket += 1
        state.waiting.append(Job(ticket: ticket, requestID: requestID, event: event, isAsynchronous: isAsynchronous))
        monitor.broadcast()
        return ticket
    }

    private func work() {
        while let job = nextJob() {
            let result = host.withLock { $0.invoke(job.event, requestID: job.requestID) }
            monitor.withLock {
                state.runningTicket = nil
                if !job.isAsynchronous { state.results[job.ticket] = result }
                monitor.broadcast()
            }
        }
        monitor.withLock {
            state.workerRunning = false
            monitor.broadcast()
        }
    }

    /// Waits for the next job and marks it running, or returns `nil` once stopped.
    private func nextJob() -> Job? {
        monitor.withLock {
            while state.waiting.isEmpty && !state.stopped { monitor.wait(until: nil) }
            guard !state.stopped else { return nil }
            let job = state.waiting.removeFirst()
            state.runningTicket = job.ticket
            return job
        }
    }
}
