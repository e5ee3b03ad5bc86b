"""The ``kg`` command: parses arguments and calls the library, nothing more.

Every command lives in its own module here and is registered below.
"""

from __future__ import annotations

import os
import sys

import click

from kg import __version__
from kg.errors import EXIT_INPUT, KGError

EXIT_CODES_HELP = """\b
Exit codes: 0 success; 1 the data is wrong (violations, inconsistency);
2 an input cannot be used (missing file, syntax error, unknown query);
3 an outside service failed (SPARQL endpoint)."""


@click.group(
    context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100},
    epilog=EXIT_CODES_HELP,
)
@click.version_option(__version__, prog_name="kg")
def cli() -> None:
    """Build, validate, link, query and publish the Moroccan Cinema Knowledge Graph.

    \b
    Example:
        kg build
        kg query trilogy-recurring-actors
    """


def _register() -> None:
    from kg.cli import build as build_cmd

    cli.add_command(build_cmd.build_command)
    for name in ("validate", "query", "link", "publish", "data"):
        try:
            module = __import__(f"kg.cli.{name}", fromlist=["register"])
        except ModuleNotFoundError as err:
            if err.name != f"kg.cli.{name}":
                raise
            continue
        module.register(cli)


_register()


def main() -> None:
    """Entry point: run the CLI; errors meant for people become one line and an exit code."""
    try:
        cli.main(standalone_mode=False)
    except KGError as err:
        click.echo(f"Error: {err}", err=True)
        sys.exit(err.exit_code)
    except click.exceptions.Abort:
        click.echo("Aborted.", err=True)
        sys.exit(130)
    except click.ClickException as err:
        err.show()
        sys.exit(err.exit_code)
    except click.exceptions.Exit as err:
        sys.exit(err.exit_code)
    except BrokenPipeError:
        sys.exit(0)
    except Exception as err:  # a bug: say so in one line unless asked for the traceback
        if os.environ.get("KG_DEBUG"):
            raise
        click.echo(f"Internal error: {type(err).__name__}: {err}. Set KG_DEBUG=1 for the traceback and report it.", err=True)
        sys.exit(70)
    sys.exit(0)


__all__ = ["cli", "main", "EXIT_INPUT"]
