# Samverkan. The logic lives in scripts/; these targets only call it.
.DEFAULT_GOAL := help
.PHONY: help run test openapi bench clean distclean

help:
	@echo "make run        build everything, load demo data and start Samverkan (http://127.0.0.1:8080)"
	@echo "make test       run every check: backend, frontend, API contract, end-to-end"
	@echo "make openapi    rewrite openapi.yaml from the code and regenerate the frontend's API types"
	@echo "make bench      requests/s, latency and memory of the release server (wrk; SQLite and PostgreSQL)"
	@echo "make clean      remove build and test outputs (keeps data/)"
	@echo "make distclean  clean, and also remove frontend/node_modules and .cache/"

run:
	@bash scripts/run.sh

test:
	@bash scripts/test-all.sh

openapi:
	@bash scripts/openapi.sh

bench:
	@bash scripts/bench.sh

clean:
	@bash scripts/clean.sh

distclean:
	@bash scripts/clean.sh --all
