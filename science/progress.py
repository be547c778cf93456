"""Progress and cancel for long science work, without depending on QGIS.

A science function that takes ``progress`` calls ``report(progress, fraction)`` now and then; ``progress`` is any
callable taking a fraction in [0, 1] and returning False to ask for a stop (the Processing layer wires it to
``QgsProcessingFeedback``). A stop raises :class:`Cancelled`. Long work reports between steps short enough (rows,
tiles, scales) that a stop takes effect within a second or two.
"""


class Cancelled(Exception):
    """The user cancelled the run."""


def report(progress, fraction):
    if progress is not None and progress(min(max(float(fraction), 0.0), 1.0)) is False:
        raise Cancelled()
