"""Serve the production build already in the web folder, without building it again.

`reflex run --env prod` compiles and builds the front end before it serves (≈ 8 s warm,
and while it rebuilds, the files another server reads from the same folder change).
With two app servers sharing one build (scripts/run-two-servers), the build is made once
(`reflex export --frontend-only --no-zip --env prod`) and each server runs this: what
`reflex run --env prod` does after its build — granian with WORKERS workers (rxconfig.py,
which also makes granian replace a dead worker), each evaluating the app's pages without
writing them, the front end mounted on the same port.

    python scripts/serve_built.py --port 8001 [--host 127.0.0.1]   (from the project folder)
"""

import argparse
import os
import sys
from pathlib import Path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--host", default=os.environ.get("HOST", "127.0.0.1"))
    args = parser.parse_args()

    project = Path(__file__).resolve().parent.parent
    os.chdir(project)
    sys.path.insert(0, str(project))
    os.environ["REFLEX_ENV_MODE"] = "prod"
    os.environ["REFLEX_SKIP_COMPILE"] = "true"  # the build is shared: write nothing

    from reflex.utils import exec as reflex_exec
    from reflex.utils import prerequisites
    from reflex_base.config import get_config

    index = prerequisites.get_web_dir() / "build" / "client" / "index.html"
    if not index.exists():
        sys.exit(f"No production build in {index.parent}: run "
                 "`reflex export --frontend-only --no-zip --env prod` first.")
    config = get_config()  # reads rxconfig.py: WORKERS, REDIS_URL, granian's respawn
    config._set_persistent(frontend_port=args.port, backend_port=args.port)
    reflex_exec.run_backend_prod(args.host, args.port, config.loglevel.subprocess_level(),
                                 True)


if __name__ == "__main__":
    main()
