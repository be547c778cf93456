"""Progress and cancel for long science work, without depending on QGIS.

A science function that takes ``progress`` calls ``report(progress, fraction)`` now and then; ``progress`` is any
callable taking a fraction in [0, 1] and returning False to ask for a stop (the Processing layer wires it to
``QgsProcessingFeedback``). A stop raises :class:`Cancelled`. A single long call that cannot report (one compiled
routine) runs through :func:`wait_for`, so a stop still takes effect within a tenth of a second.
"""
import threading


class Cancelled(Exception):
    """The user cancelled the run."""


def report(progress, fraction):
    if progress is not None and progress(min(max(float(fraction), 0.0), 1.0)) is False:
        raise Cancelled()


def wait_for(progress, fraction, function, *args, **kwargs):
    """``function(*args, **kwargs)``, run in a background thread while ``progress`` is told ``fraction`` every
    tenth of a second; a stop raises :class:`Cancelled` at once and leaves the thread to finish alone (its result
    is dropped). Without ``progress`` it is a plain call."""
    if progress is None:
        return function(*args, **kwargs)
    outcome = {}

    def call():
        try:
            outcome["value"] = function(*args, **kwargs)
        except BaseException as error:  # handed to the caller's thread below
            outcome["error"] = error

    thread = threading.Thread(target=call, daemon=True)
    thread.start()
    while thread.is_alive():
        report(progress, fraction)
        thread.join(0.1)
    if "error" in outcome:
        raise outcome["error"]
    return outcome["value"]
