"""Tests of glasslib.frozen_tls (frozen states of the Supplement's Ising TLS, Eqs. 17–19)."""
from __future__ import annotations

import numpy as np
import pytest

from glasslib import frozen_tls as ft


def test_two_spins_antiferro_and_ferro():
    # J > 0 (H = +J s1 s2): the stable state is antiparallel; J < 0: parallel
    for Jv, want in ((1.0, -1.0), (-1.0, 1.0)):
        J = np.array([[0.0, Jv], [Jv, 0.0]])
        s, flips = ft.greedy_quench(J, [1.0, 1.0] if Jv > 0 else [1.0, -1.0])
        assert s[0] * s[1] == want and flips == 1
        assert ft.energy(J, s) == pytest.approx(-1.0)
        assert ft.is_single_flip_stable(J, s)


def test_two_spin_coupling_matrix_known_value():
    pos = np.array([[0.0, 0.0, 0.0], [2.0, 0.0, 0.0]])
    J = ft.coupling_matrix(pos, 10.0, [1.0, 3.0], x=[1.0, -1.0], rho_v2=2.0)
    assert J[0, 1] == pytest.approx(1.0 * 3.0 * (-1.0) / (2.0 * 8.0))
    assert J[0, 0] == 0.0 and J[1, 0] == J[0, 1]
    # minimum image: 9 apart in a box of 10 is 1 apart
    pos2 = np.array([[0.5, 0.0, 0.0], [9.5, 0.0, 0.0]])
    assert ft.coupling_matrix(pos2, 10.0, [1.0, 1.0], x=[1.0, 1.0])[0, 1] == pytest.approx(1.0)
    # cutoff R_o removes the pair
    assert ft.coupling_matrix(pos, 10.0, [1.0, 1.0], x=[1.0, 1.0], R_o=2.5)[0, 1] == 0.0


def test_dipolar_factor_known_values():
    pos = np.array([[0.0, 0.0, 0.0], [1.0, 0.0, 0.0]])
    z, x_ = np.array([0.0, 0.0, 1.0]), np.array([1.0, 0.0, 0.0])
    # side by side (n ⟂ r): n·n − 3(n·r)(n·r) = 1; head to tail (n ∥ r): 1 − 3 = −2
    Jside = ft.coupling_matrix(pos, 10.0, [1.0, 1.0], n_hat=[z, z])[0, 1]
    Jhead = ft.coupling_matrix(pos, 10.0, [1.0, 1.0], n_hat=[x_, x_])[0, 1]
    assert Jside == pytest.approx(np.sqrt(1.5)) and Jhead == pytest.approx(-2 * np.sqrt(1.5))


def test_quench_never_raises_energy_and_is_stable():
    rng = np.random.default_rng(3)
    pos, L = ft.random_positions(300, rng)
    J = ft.coupling_matrix(pos, L, ft.draw_couplings(300, rng), x=rng.choice([-1.0, 1.0], 300), R_o=0.5)
    s0 = rng.choice([-1.0, 1.0], 300)
    s, flips = ft.greedy_quench(J, s0)
    assert ft.energy(J, s) < ft.energy(J, s0) and flips > 0
    assert ft.is_single_flip_stable(J, s)
    assert np.all(ft.flip_gains(J, s) <= 1e-12)
    # energy never increases along the quench: replay with a flip budget
    with pytest.raises(RuntimeError):
        ft.greedy_quench(J, s0, max_flips=flips - 1)
    e_prev = ft.energy(J, s0)
    s_part = np.array(s0)
    h = J @ s_part
    for _ in range(flips):
        i = int(np.argmax(s_part * h))
        s_part[i] = -s_part[i]
        h += 2 * s_part[i] * J[i]
        e = ft.energy(J, s_part)
        assert e < e_prev + 1e-12
        e_prev = e
    assert np.array_equal(s_part, s)


def test_gains_match_energy_differences():
    rng = np.random.default_rng(8)
    pos, L = ft.random_positions(40, rng)
    J = ft.coupling_matrix(pos, L, ft.draw_couplings(40, rng, "equal"), x=rng.choice([-1.0, 1.0], 40))
    s = rng.choice([-1.0, 1.0], 40)
    g = ft.flip_gains(J, s)
    for i in (0, 7, 39):
        t = s.copy(); t[i] = -t[i]
        assert g[i] == pytest.approx(ft.energy(J, s) - ft.energy(J, t))


def test_field_density_ratio_of_a_gaussian_is_one():
    h = np.random.default_rng(1).standard_normal(400_000) * 2.0
    r, e = ft.field_density_ratio(h, 2.0, [0.5, 0.1])
    assert np.allclose(r, 1.0, atol=4 * e.max() + 0.01)
    r2, _ = ft.field_density_ratio(np.array([0.0, 0.01, 5.0, -5.0]), 1.0, [0.1])
    assert r2[0] == pytest.approx(0.5 / 0.1 * np.sqrt(2 * np.pi))


def test_couplings_and_sample_deterministic():
    g = ft.draw_couplings(100_000, np.random.default_rng(0))
    assert np.mean(g**2) == pytest.approx(0.5, abs=0.01) and g.max() <= 1.0
    assert np.allclose(ft.draw_couplings(5, np.random.default_rng(0), "equal"), 1 / np.sqrt(2))
    a = ft.frozen_state_sample(200, np.random.default_rng(4))
    b = ft.frozen_state_sample(200, np.random.default_rng(4))
    assert np.array_equal(a["h_frozen"], b["h_frozen"]) and a["stable"]
    assert a["E_frozen"] < a["E_random"]
    d = ft.frozen_state_sample(200, np.random.default_rng(4), orientation="dipolar")
    assert d["stable"]


@pytest.mark.parametrize("call, match", [
    (lambda: ft.random_positions(1, np.random.default_rng(0)), "n must"),
    (lambda: ft.draw_couplings(3, np.random.default_rng(0), "gauss"), "kind"),
    (lambda: ft.coupling_matrix(np.zeros((2, 3)), 1.0, [1, 1]), "exactly one"),
    (lambda: ft.coupling_matrix(np.zeros((2, 3)), 1.0, [1, 1], x=[1, 1], R_o=-1.0), "R_o"),
    (lambda: ft.frozen_state_sample(20, np.random.default_rng(0), orientation="tensor"), "orientation"),
])
def test_bad_input(call, match):
    with pytest.raises(ValueError, match=match):
        call()


def test_anneal_is_stable_and_not_worse_than_a_hot_start():
    rng = np.random.default_rng(12)
    pos, L = ft.random_positions(300, rng)
    J = ft.coupling_matrix(pos, L, ft.draw_couplings(300, rng, "equal"), x=rng.choice([-1.0, 1.0], 300), R_o=0.5)
    s0 = rng.choice([-1.0, 1.0], 300)
    sa = ft.anneal(J, s0, np.geomspace(2.0, 0.01, 20), rng, sweeps=3)
    assert ft.is_single_flip_stable(J, sa) and ft.energy(J, sa) < ft.energy(J, s0)
    # at T -> 0 the Metropolis rule accepts only downhill flips: energy never rises
    s_cold = ft.anneal(J, s0, [1e-300], np.random.default_rng(1))
    assert ft.energy(J, s_cold) < ft.energy(J, s0) and ft.is_single_flip_stable(J, s_cold)
    # two spins, J > 0: annealing ends antiparallel
    J2 = np.array([[0.0, 1.0], [1.0, 0.0]])
    s2 = ft.anneal(J2, [1.0, 1.0], [0.5, 0.1], np.random.default_rng(0), sweeps=2)
    assert s2[0] * s2[1] == -1.0
    with pytest.raises(ValueError, match="sweeps"):
        ft.anneal(J2, [1.0, 1.0], [0.5], np.random.default_rng(0), sweeps=0)
