"""The matrix backend of CPU pipelines.

thinc multiplies matrices with its bundled single-threaded blis by default. The
OpenBLAS that numpy wheels ship is about 1.5× faster on the tok2vec's matrix
shapes on our 2-core machine (a 6000×480 by 480×288 product, one thread each:
62 against 95 GFLOP/s; tok2vec 4.6 s → 3.4 s per 133,000 characters), so ipie
builds its CPU models on numpy's BLAS. A GPU backend chosen by the caller is left alone.
"""
from __future__ import annotations

from contextlib import contextmanager
from typing import Iterator

from thinc.api import NumpyOps, get_current_ops, use_ops


@contextmanager
def cpu_blas_ops() -> Iterator[None]:
    """Models created inside the block multiply with numpy's BLAS when the current backend is the CPU."""
    if type(get_current_ops()) is NumpyOps:
        with use_ops("numpy", use_blis=False):
            yield
    else:
        yield
