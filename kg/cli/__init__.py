"""The ``kg`` command: parses arguments and calls the library, nothing more.

Every command lives in its own module here, named in :data:`COMMANDS` and imported only when
it runs (or when ``kg --help`` lists them all).
"""

from __future__ import annotations

import importlib
import os
import sys

import click

from kg import __version__
from kg.errors import EXIT_INPUT, KGError

EXIT_CODES_HELP = """\b
Exit codes: 0 success; 1 the data is wrong (violations, inconsistency);
2 an input cannot be used (missing file, syntax error, unknown query);
3 an outside service failed (SPARQL endpoint)."""


#: Each command and where it lives, as ``module:attribute``.
COMMANDS = {
    "build": "kg.cli.build:build_command",
    "validate": "kg.cli.validate:validate_command",
    "query": "kg.cli.query:query_command",
    "sparql": "kg.cli.query:sparql_command",
    "link": "kg.cli.link:link_command",
    "enrich": "kg.cli.link:enrich_command",
    "publish": "kg.cli.publish:publish_command",
    "import": "kg.cli.data:import_group",
    "stats": "kg.cli.data:stats_command",
}


class LazyGroup(click.Group):
    """A group that imports a command's module only when that command is asked for.

    Why: with every command's library (pyshacl, rdflib, the linker…) imported first, a small
    `kg query` took 0.56–0.69 s from the shell; with only its own, 0.14–0.18 s. The pattern
    is click's own ("Lazily Loading Subcommands" in its documentation).
    """

    def __init__(self, *args, lazy_subcommands: dict[str, str], **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.lazy_subcommands = lazy_subcommands

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted({*super().list_commands(ctx), *self.lazy_subcommands})

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name not in self.lazy_subcommands:
            return super().get_command(ctx, cmd_name)
        module, attribute = self.lazy_subcommands[cmd_name].split(":")
        return getattr(importlib.import_module(module), attribute)


@click.group(
    cls=LazyGroup,
    lazy_subcommands=COMMANDS,
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


__all__ = ["COMMANDS", "cli", "main", "EXIT_INPUT"]
