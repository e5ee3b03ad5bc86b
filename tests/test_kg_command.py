"""The ``kg`` command as a whole: every command is found, documented with an example, and
imported only when it runs (kg/cli/__init__.py's LazyGroup)."""

from __future__ import annotations

import subprocess
import sys

import click
import pytest
from click.testing import CliRunner

from kg.cli import COMMANDS, cli


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_every_command_is_found_and_its_help_has_an_example(name):
    command = cli.get_command(click.Context(cli), name)
    assert command is not None and command.name == name
    result = CliRunner().invoke(cli, [name, "--help"])
    assert result.exit_code == 0, result.output
    assert "Example:" in result.output and f"kg {name}" in result.output


def test_the_top_help_lists_every_command():
    result = CliRunner().invoke(cli, ["--help"])
    assert result.exit_code == 0
    listed = result.output.split("Commands:")[1].split("Exit codes")[0]
    assert [line.split()[0] for line in listed.splitlines() if line.strip()] == sorted(COMMANDS)


def test_an_unknown_command_exits_2_naming_it():
    result = CliRunner().invoke(cli, ["qurey"])
    assert result.exit_code == 2 and "No such command 'qurey'" in result.output


def test_a_query_imports_none_of_the_other_commands():
    """`kg query` should not pay for SHACL, rdflib or the linker: in a fresh interpreter, listing
    the saved queries leaves them unimported (before, every command was imported up front)."""
    heavy = ("pyshacl", "rdflib", "kg.validate", "kg.link", "kg.publish", "kg.importer", "kg.cli.validate", "kg.cli.link")
    code = (
        "import sys\n"
        "from click.testing import CliRunner\n"
        "from kg.cli import cli\n"
        "result = CliRunner().invoke(cli, ['query', '--list'])\n"
        "assert result.exit_code == 0 and 'trilogy-recurring-actors' in result.output, result.output\n"
        f"print(','.join(m for m in {heavy!r} if m in sys.modules))\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert proc.stdout.strip() == ""
