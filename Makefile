# One command for the main job, one for the tests; each sets up .venv first (CPU PyTorch, pinned in constraints.txt).
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
OUT    ?= runs/toy-$(shell date +%Y%m%d-%H%M%S)

.PHONY: install demo test export clean readme bench

$(STAMP): setup.py settings.ini constraints.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip setuptools wheel
	$(BIN)/python -m pip install --quiet -c constraints.txt torch==2.13.0
	$(BIN)/python -m pip install --quiet -c constraints.txt -e ".[dev]"
	touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)        ## the main job: train + evaluate the toy audio algebra into a new run folder
	$(BIN)/audio-algebra toy --out $(OUT)

test: $(STAMP)        ## every notebook's tests
	OMP_NUM_THREADS=1 WANDB_MODE=disabled $(BIN)/nbdev_test --n_workers 2 --do_print --timing

export: $(STAMP)
	$(BIN)/nbdev_export

clean: $(STAMP)
	$(BIN)/nbdev_clean

readme:               ## README.md from nbs/index.ipynb (nbdev_readme needs Quarto)
	$(PYTHON) tools/readme.py

bench: $(STAMP)
	$(BIN)/python benchmarks/adapter_speed.py
