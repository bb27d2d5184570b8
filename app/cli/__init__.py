"""`python -m app COMMAND`: each module in app/cli/ with `add_arguments` and `run` is a command."""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import sys
from types import ModuleType


def _commands() -> dict[str, ModuleType]:
    found = {}
    for info in pkgutil.iter_modules(__path__):
        module = importlib.import_module(f"{__name__}.{info.name}")
        if hasattr(module, "run") and hasattr(module, "add_arguments"):
            found[info.name.replace("_", "-")] = module
    return found


def main(argv: list[str] | None = None) -> int:
    commands = _commands()
    parser = argparse.ArgumentParser(prog="python -m app", description="Pagewright commands")
    sub = parser.add_subparsers(dest="command", required=True)
    for name, module in sorted(commands.items()):
        command_parser = sub.add_parser(name, help=(module.__doc__ or "").strip().split("\n")[0])
        module.add_arguments(command_parser)
    args = parser.parse_args(argv)
    return int(commands[args.command].run(args) or 0)


if __name__ == "__main__":
    sys.exit(main())
