#!/usr/bin/env python3
"""Bring checkpoints written before the core's checkpoint format up to date, in place and atomically.

- classes renamed since (`audio_algebra.core.RENAMED`, e.g. AudioAlgebra -> MLPAdapter) get their new name;
- a checkpoint without provenance gets one, rebuilt from what it records (its training config and data), marked
  `reconstructed: true` (the command that made it was not recorded at the time).

    python tools/convert_checkpoints.py audio_algebra/checkpoints/*.pt
"""
import sys
import torch
from audio_algebra.core import RENAMED, atomic_write, read_checkpoint

RENDERED = 'audio-algebra make-stems --tracks 200 --seconds 8 --sr 16000 --seed 0'   # the data the shipped audio models saw

def _command(ck:dict)->str:
    "The command that made a shipped checkpoint, from what it records"
    tc = ck.get('train_config', {})
    if 'given' in ck: return f"audio-algebra train-aa --given {ck['given']} --data STEMS --steps {tc.get('steps')}"
    if ck['cls'] in ('ConvAE', 'DenseMuLawAE', 'ConvPoolAE'):
        name = dict(ConvAE='conv', DenseMuLawAE='dense', ConvPoolAE='convpool')[ck['cls']]
        return f"audio-algebra train-given --model {name} --data STEMS --out FILE --steps {tc.get('steps')}"
    return 'audio-algebra toy (default settings: --given-steps 8000 --aa-steps 22000 --batch 512 --seed 0)'

def convert(path:str)->bool:
    "Rename and add provenance where needed; returns whether the file changed"
    raw = torch.load(path, map_location='cpu', weights_only=True)
    ck = read_checkpoint(path)                   # checks the file, applies RENAMED
    changed = ck['cls'] != raw['cls']
    if 'provenance' not in ck:
        data = RENDERED if 'data' in ck else None
        ck['provenance'] = dict(command=_command(ck), data=data, seed=ck.get('train_config', {}).get('seed', 0),
                                reconstructed=True, note='provenance added after training, from the checkpoint\'s own records')
        changed = True
    if changed: atomic_write(path, lambda tmp: torch.save(ck, tmp))
    return changed

if __name__ == '__main__':
    if {'-h', '--help'} & set(sys.argv[1:]): sys.exit(print(__doc__))
    for p in sys.argv[1:]: print(f"{p}: {'converted' if convert(p) else 'up to date'}")
