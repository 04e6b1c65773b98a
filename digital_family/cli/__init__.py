"""The ``digital-family`` command (SPEC §4): a thin shell over the domain modules, one
module per group of commands (``database``, ``register``, ``demo``, ``campaign``,
``records``, ``users``, ``visits``, ``learning``, ``api_keys``, ``wards``); every sentence it prints
comes from the catalogue (``cli.*``)."""

# importing a module registers its commands on ``app``, in this order in ``--help``
from digital_family.cli import (
    api_keys,
    campaign,
    database,
    demo,
    learning,
    records,
    register,
    users,
    visits,
    wards,
)
from digital_family.cli.common import app

COMMAND_MODULES = (api_keys, campaign, database, demo, learning, records, register, users,
                   visits, wards)

app.add_typer(database.db_app, name="db")
app.add_typer(users.user_app, name="user")
app.add_typer(campaign.rollups_app, name="rollups")
app.add_typer(records.household_app, name="household")
app.add_typer(learning.learning_app, name="learning")
app.add_typer(api_keys.api_key_app, name="api-key")
app.add_typer(wards.ward_app, name="ward")

def main() -> None:
    app()


if __name__ == "__main__":
    main()
