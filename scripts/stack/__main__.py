"""`python -m scripts.stack up|check`: see scripts/stack/check.py."""

from scripts.stack.check import main

main()
