from barometer_desktop.cli.main import run

run()
