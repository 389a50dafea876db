// SPDX-License-Identifier: Apache-2.0
// CGlibcExtras declares glibc functions that Swift's Glibc module leaves out. accept4 (glibc 2.10)
// makes an accepted socket close-on-exec before a concurrent posix_spawn can inherit it.
// posix_spawn_file_actions_addchdir_np (glibc 2.29) starts the function in its code directory. They
// appear only under _GNU_SOURCE, which the Glibc module is built without, and are part of libc, so
// nothing extra is linked.
#ifndef CGLIBCEXTRAS_SHIM_H
#define CGLIBCEXTRAS_SHIM_H

#include <spawn.h>
#include <sys/socket.h>

int accept4(int socket, struct sockaddr *_Nullable restrict address,
            socklen_t *_Nullable restrict address_length, int flags);

int posix_spawn_file_actions_addchdir_np(posix_spawn_file_actions_t *_Nonnull restrict actions,
                                         const char *_Nonnull restrict path);

#endif
