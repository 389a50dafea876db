// SPDX-License-Identifier: Apache-2.0
// CMicroHTTPD exposes libmicrohttpd, the HTTP server under the Runtime API emulator, the Invoke API
// and the local Secrets Manager stand-in. MHD_start_daemon and MHD_get_daemon_info are variadic, which
// Swift cannot call, so each call shape the emulator uses gets a static inline wrapper here.
#ifndef CMICROHTTPD_SHIM_H
#define CMICROHTTPD_SHIM_H

#include <arpa/inet.h>
#include <netinet/in.h>
#include <string.h>
#include <sys/select.h>
#include <sys/socket.h>
#include <microhttpd.h>

/// Starts a daemon on 127.0.0.1:`port` (0 picks a free port) with one thread per connection, so a
/// handler may block, and no idle timeout, so a long-poll may wait indefinitely. libmicrohttpd's
/// messages go to `logger` instead of stderr; the logger comes first so that startup messages use it.
static inline struct MHD_Daemon *_Nullable cmhd_start_loopback_daemon(
    uint16_t port, MHD_AccessHandlerCallback _Nonnull handler,
    MHD_RequestCompletedCallback _Nonnull completed, MHD_LogCallback _Nonnull logger,
    void *_Nullable context) {
    struct sockaddr_in address;
    memset(&address, 0, sizeof(address));
    address.sin_family = AF_INET;
    address.sin_port = htons(port);
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    return MHD_start_daemon(
        MHD_USE_THREAD_PER_CONNECTION | MHD_USE_INTERNAL_POLLING_THREAD | MHD_USE_ERROR_LOG, port,
        NULL, NULL, handler, context, MHD_OPTION_EXTERNAL_LOGGER, logger, context,
        MHD_OPTION_SOCK_ADDR, (struct sockaddr *)&address, MHD_OPTION_NOTIFY_COMPLETED, completed,
        context, MHD_OPTION_CONNECTION_TIMEOUT, (unsigned int)0, MHD_OPTION_END);
}

/// Starts a daemon like cmhd_start_loopback_daemon but without a listening socket: the caller
/// accepts connections itself and passes each one in with MHD_add_connection.
static inline struct MHD_Daemon *_Nullable cmhd_start_daemon_without_listener(
    MHD_AccessHandlerCallback _Nonnull handler, MHD_RequestCompletedCallback _Nonnull completed,
    MHD_LogCallback _Nonnull logger, void *_Nullable context) {
    return MHD_start_daemon(
        MHD_USE_THREAD_PER_CONNECTION | MHD_USE_INTERNAL_POLLING_THREAD | MHD_USE_ERROR_LOG |
            MHD_USE_NO_LISTEN_SOCKET | MHD_USE_ITC,
        0, NULL, NULL, handler, context, MHD_OPTION_EXTERNAL_LOGGER, logger, context,
        MHD_OPTION_NOTIFY_COMPLETED, completed, context, MHD_OPTION_CONNECTION_TIMEOUT,
        (unsigned int)0, MHD_OPTION_END);
}

/// Returns the port `daemon` listens on, or 0 when libmicrohttpd cannot tell.
static inline uint16_t cmhd_bound_port(struct MHD_Daemon *_Nonnull daemon) {
    const union MHD_DaemonInfo *info = MHD_get_daemon_info(daemon, MHD_DAEMON_INFO_BIND_PORT);
    return info == NULL ? 0 : info->port;
}

#endif
