// SPDX-License-Identifier: Apache-2.0
// CYAML exposes libyaml's event parser, which reads template.yaml with its CloudFormation tags intact.
#ifndef CYAML_SHIM_H
#define CYAML_SHIM_H

#include <yaml.h>

#endif
