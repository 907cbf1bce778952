# wire-monitor: the two commands on a fresh machine are `make demo` and `make test`.
#
# Kafka: KAFKA_BOOTSTRAP_SERVERS when set (host:port[,host:port]), else the project's own single-node KRaft
# broker (deploy/kafka/kafka.sh: jars from Maven Central, needs Java 17+ and Maven).

SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
KAFKA_LOCAL_PORT ?= 9092
BROKER = $(if $(KAFKA_BOOTSTRAP_SERVERS),$(KAFKA_BOOTSTRAP_SERVERS),127.0.0.1:$(KAFKA_LOCAL_PORT))
export KAFKA_LOCAL_PORT

.PHONY: help install kafka-fetch prometheus-tools check-monitoring broker-up broker-down run demo test test-unit \
	test-integration bench soak given-names clean

help:
	@echo "make demo    - install, start a broker and a worker, replay the sample feed, show results, stop"
	@echo "make test    - install and run the whole test suite against a real Kafka broker"
	@echo "make run     - start the continuous monitor (broker from KAFKA_BOOTSTRAP_SERVERS or local)"
	@echo "make bench   - benchmarks; results in docs/BENCHMARKS.md"
	@echo "make soak    - 200,000 articles through one worker, memory curve in docs/BENCHMARKS.md"
	@echo "make broker-up / broker-down - the local KRaft broker on 127.0.0.1:$(KAFKA_LOCAL_PORT)"

install: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml
	@command -v $(PYTHON) >/dev/null || { echo "Python 3.11+ is required ($(PYTHON) not found)"; exit 2; }
	$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Python 3.11+ is required")'
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check --upgrade pip
	$(PY) -m pip install --quiet --disable-pip-version-check -e '.[test]'
	touch $@

kafka-fetch: install
	@if [ -z "$(KAFKA_BOOTSTRAP_SERVERS)" ]; then PYTHON=$(PY) deploy/kafka/kafka.sh fetch; fi

broker-up: install
	@if [ -n "$(KAFKA_BOOTSTRAP_SERVERS)" ]; then echo "using Kafka at $(KAFKA_BOOTSTRAP_SERVERS)"; \
	else PYTHON=$(PY) deploy/kafka/kafka.sh start; fi

broker-down:
	@if [ -z "$(KAFKA_BOOTSTRAP_SERVERS)" ]; then deploy/kafka/kafka.sh stop; fi

# The continuous monitor: a worker against the configured broker (Ctrl-C stops the worker, not the broker).
run: broker-up
	WIREMON_BROKER=$${WIREMON_BROKER:-$(BROKER)} $(VENV)/bin/wiremon worker

demo: install kafka-fetch
	$(PY) scripts/demo.py

# Prometheus and promtool from Debian's packages, for the monitoring checks and the real-Prometheus test.
prometheus-tools:
	@if ! command -v promtool >/dev/null || ! command -v prometheus >/dev/null; then \
	  command -v apt-get >/dev/null || { echo "install Prometheus (prometheus, promtool) and retry"; exit 2; }; \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq \
	    --no-install-recommends prometheus >/dev/null; \
	fi

check-monitoring: prometheus-tools
	cd deploy/prometheus && promtool check config prometheus.yml && promtool check rules rules.yml \
	  && promtool test rules rules_test.yml

# The broker for the integration tests is started (and stopped) by the test session itself.
test: install kafka-fetch check-monitoring
	$(PY) -m pytest

test-unit: install
	$(PY) -m pytest tests/unit

test-integration: install kafka-fetch
	$(PY) -m pytest tests/integration

bench: install kafka-fetch
	$(PY) scripts/bench.py

# The given names that tell a namesake from a tracked official (streams/data/given_names.txt), from Faker's lists.
given-names: install
	$(PY) -m pip install --quiet --disable-pip-version-check 'faker==40.63.0'
	$(PY) scripts/make_given_names.py

# 200,000 articles through one worker (about 20 minutes here): does memory level off?
soak: install kafka-fetch
	$(PY) scripts/soak.py

clean:
	-deploy/kafka/kafka.sh stop
	rm -rf $(VENV) .cache .pytest_cache .hypothesis *.egg-info
