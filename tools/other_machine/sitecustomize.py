"""Loaded by every Python process of `make test-other` (PYTHONPATH): torch as another machine may run it.

Denormal floats flushed to zero (some CPUs and BLAS builds do it by default), so a result that leans on values
below 1e-38, or on the sign of a zero, shows up here rather than on a user's machine."""
try:
    import torch
    torch.set_flush_denormal(True)
except ImportError: pass
