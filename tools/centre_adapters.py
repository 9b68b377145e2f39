#!/usr/bin/env python3
"""Centre trained adapters on their given model's latent of silence, in place and atomically (weights unchanged).

An adapter saved before adapters had an origin maps silence to `h(f(0))`, not to zero. This gives it the origin
`y0 = given.silence_frame()`, so that its `encode` becomes `h(y) − h(y0)` and its `decode` `h_inv(z + h(y0))`: the
trained weights stay exactly as they were, and the provenance says when and how the origin was added. Files that
are centred already are left alone, unless `--recompute` is given: then an origin that differs from today's
`silence_frame()` (e.g. one stored before the encoder defined the phase of a zero bin canonically) is replaced, and
the largest change is printed.

    python tools/centre_adapters.py [--recompute] audio_algebra/checkpoints/adapter_*.pt
"""
import sys
import torch
from audio_algebra.core import atomic_write, read_checkpoint
from audio_algebra.registry import load_given, load_adapter

def centre(path:str, recompute:bool=False)->str:
    "Give the adapter at `path` the origin of today's encoder; returns what was done"
    ck = read_checkpoint(path)
    if ck['config'].get('origin') and not recompute: return 'already centred'
    given = load_given(ck['given'], ck.get('audio_config', {}).get('given_weights'))
    y0, old = given.silence_frame(), ck['state_dict'].get('y0')
    if old is not None and torch.equal(old.view(torch.int32), y0.view(torch.int32)): return 'origin unchanged'
    aa = load_adapter(ck['given'], path, given).with_origin(y0)
    ck['config'], ck['state_dict'] = aa.config, aa.state_dict()
    what = ("centred on the given latent of silence after training (tools/centre_adapters.py); trained weights "
            "unchanged")
    if old is not None:
        what = (f"origin recomputed from the canonical encoder (tools/centre_adapters.py --recompute; largest change "
                f"{(old - y0).abs().max().item():.4g}); trained weights unchanged")
    ck['provenance'] = ck.get('provenance', {}) | dict(origin=what)
    atomic_write(path, lambda tmp: torch.save(ck, tmp))
    return what

if __name__ == '__main__':
    if '-h' in sys.argv or '--help' in sys.argv: sys.exit(print(__doc__))
    recompute = '--recompute' in sys.argv
    for p in [a for a in sys.argv[1:] if a != '--recompute']: print(f"{p}: {centre(p, recompute)}")
