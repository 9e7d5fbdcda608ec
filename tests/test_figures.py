"""glasslib.figures: the numeric fingerprint that a figure cell prints for nbval."""
import numpy as np
import pytest

from glasslib.figures import fingerprint


def test_fingerprint_lists_ends_interior_and_extrema():
    x = np.linspace(0.0, 1.0, 11)
    line = fingerprint("x^2", x, x**2)
    assert line == "x^2: n=11, y(0)=0, y(0.2)=0.04, y(0.5)=0.25, y(0.8)=0.64, y(1)=1, min 0 at 0, max 1 at 1"


def test_fingerprint_changes_when_the_curve_does():
    x = np.geomspace(0.01, 10, 50)
    assert fingerprint("c", x, x**2) != fingerprint("c", x, 0.5 * x**2)


def test_fingerprint_reports_non_finite_values_and_bad_input():
    assert "1 non-finite" in fingerprint("y", [1, 2, 3], [1.0, np.nan, 2.0])
    with pytest.raises(ValueError, match="same, non-zero length"):
        fingerprint("y", [1, 2], [1.0])


# --- image_difference: figures compared as pixels, with a tolerance --------------------------

def _png(y_scale=1.0, size=(4, 3), lw=1.5):
    import io

    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=size, dpi=72)
    x = np.linspace(0, 1, 200)
    ax.plot(x, y_scale * x ** 2, lw=lw)
    ax.set_ylim(0, 1)
    buf = io.BytesIO()
    fig.savefig(buf, format="png")
    plt.close(fig)
    return buf.getvalue()


def test_the_same_figure_rendered_twice_has_no_difference():
    from glasslib.figures import image_difference
    assert image_difference(_png(), _png()) == 0.0


def test_base64_text_as_a_notebook_stores_it_is_accepted():
    import base64

    from glasslib.figures import image_difference
    a = _png()
    assert image_difference(base64.b64encode(a).decode(), a) == 0.0


def test_halving_the_plotted_curve_is_far_outside_the_tolerance():
    from glasslib.figures import IMAGE_RMS_TOLERANCE, image_difference
    assert image_difference(_png(1.0), _png(0.5)) > 5 * IMAGE_RMS_TOLERANCE


def test_a_slightly_thicker_line_is_still_caught():
    from glasslib.figures import IMAGE_RMS_TOLERANCE, image_difference
    assert image_difference(_png(lw=1.5), _png(lw=2.5)) > IMAGE_RMS_TOLERANCE


def test_a_one_grey_level_change_everywhere_is_within_the_tolerance():
    import io

    from matplotlib.image import imread, imsave

    from glasslib.figures import IMAGE_RMS_TOLERANCE, image_difference
    img = imread(io.BytesIO(_png()), format="png")
    img[..., :3] = np.clip(img[..., :3] - 1 / 255, 0, 1)
    buf = io.BytesIO()
    imsave(buf, img, format="png")
    d = image_difference(_png(), buf.getvalue())
    assert 0.5 < d <= IMAGE_RMS_TOLERANCE


def test_figures_of_different_sizes_differ_infinitely():
    from glasslib.figures import image_difference
    assert image_difference(_png(size=(4, 3)), _png(size=(5, 3))) == float("inf")


def test_grey_and_rgb_images_are_compared_as_rgba():
    import io

    from PIL import Image

    from glasslib.figures import image_difference

    def png(mode, value):
        buf = io.BytesIO()
        Image.new(mode, (4, 4), value).save(buf, format="PNG")
        return buf.getvalue()
    assert image_difference(png("L", 128), png("RGB", (128, 128, 128))) == 0.0
    assert image_difference(png("L", 128), png("RGBA", (128, 128, 128, 255))) == 0.0


def test_nbval_hook_fails_a_cell_whose_figure_moved():
    import base64
    import importlib.util
    from pathlib import Path

    spec = importlib.util.spec_from_file_location(
        "chapters_conftest", Path(__file__).resolve().parent.parent / "chapters" / "conftest.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    from nbval.plugin import IPyNbCell

    def out(png):
        return {"output_type": "display_data", "data": {"image/png": base64.b64encode(png).decode(),
                                                         "text/plain": "<Figure size 288x216 with 1 Axes>"}}

    class Cell:                                     # the bits of IPyNbCell that the hook touches
        comparison_traceback = []
    cell = Cell()
    assert IPyNbCell.compare_outputs(cell, [out(_png(0.5))], [out(_png(1.0))]) is False
    assert "figure 1 of the cell differs from the committed one: RMS" in cell.comparison_traceback[0]
    assert IPyNbCell.compare_outputs(cell, [], [out(_png())]) is False
    assert cell.comparison_traceback == ["the cell made 0 figure(s); 1 committed"]
    assert module._image_problems([out(_png())], [out(_png())]) == []
    import nbval.plugin
    assert nbval.plugin.setup_coverage("config", "kernel", "path") is None    # kernels run untraced
