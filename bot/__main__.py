# Imports stay under the guard: processes started by multiprocessing import this module again.
if __name__ == "__main__":
    from bot.cli import main

    raise SystemExit(main())
