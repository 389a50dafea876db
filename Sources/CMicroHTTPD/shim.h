// SPDX-License-Identifier: Apache-2.0
// CMicroHTTPD exposes libmicrohttpd, the HTTP server under the Runtime API emulator and the local
// Secrets Manager stand-in. MHD_start_daemon is variadic, so the one call shape used gets a wrapper.
#ifndef CMICROHTTPD_SHIM_H
#define CMICROHTTPD_SHIM_H

#include <sys/select.h>
#include <sys/socket.h>
#include <microhttpd.h>

#endif
