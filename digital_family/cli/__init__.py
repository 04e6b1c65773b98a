"""The ``digital-family`` command (SPEC §4): a thin shell over the domain modules, one
module per group of commands (``database``, ``register``, ``demo``, ``campaign``,
``records``, ``users``, ``visits``, ``learning``); every sentence it prints comes from the catalogue
(``cli.*``)."""

# importing a module registers its commands on ``app``, in this order in ``--help``
from digital_family.cli import (
    campaign,
    database,
    demo,
    learning,
    records,
    register,
    users,
    visits,
)
from digital_family.cli.common import app

COMMAND_MODULES = (campaign, database, demo, learning, records, register, users, visits)

app.add_typer(database.db_app, name="db")
app.add_typer(users.user_app, name="user")
app.add_typer(campaign.rollups_app, name="rollups")
app.add_typer(records.household_app, name="household")
app.add_typer(learning.learning_app, name="learning")

def main() -> None:
    app()


if __name__ == "__main__":
    main()
