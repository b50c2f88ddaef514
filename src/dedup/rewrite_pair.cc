#include "dedup/rewrite_pair.h"
