#!/usr/bin/env python3
"""Centre trained adapters on their given model's latent of silence, in place and atomically (weights unchanged).

An adapter saved before adapters had an origin maps silence to `h(f(0))`, not to zero. This gives it the origin
`y0 = given.silence_frame()`, so that its `encode` becomes `h(y) − h(y0)` and its `decode` `h_inv(z + h(y0))`: the
trained weights stay exactly as they were, and the provenance says when and how the origin was added. Files that
are centred already are left alone.

    python tools/centre_adapters.py audio_algebra/checkpoints/adapter_*.pt
"""
import sys
import torch
from audio_algebra.core import atomic_write, read_checkpoint
from audio_algebra.registry import load_given, load_adapter

def centre(path:str)->bool:
    "Add the origin to the adapter at `path`; returns whether the file changed"
    ck = read_checkpoint(path)
    if ck['config'].get('origin'): return False
    given = load_given(ck['given'], ck.get('audio_config', {}).get('given_weights'))
    aa = load_adapter(ck['given'], path, given).with_origin(given.silence_frame())
    ck['config'], ck['state_dict'] = aa.config, aa.state_dict()
    ck['provenance'] = ck.get('provenance', {}) | dict(
        origin="centred on the given latent of silence after training (tools/centre_adapters.py); trained weights "
               "unchanged")
    atomic_write(path, lambda tmp: torch.save(ck, tmp))
    return True

if __name__ == '__main__':
    for p in sys.argv[1:]: print(f"{p}: {'centred' if centre(p) else 'already centred'}")
