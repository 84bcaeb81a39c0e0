"""Bandwidth modes and the controller that picks one from measured link samples.

Pure logic, no network and no clock of its own: the caller (a `Call`, on the network loop
thread) feeds `LinkSample`s stamped with a monotonic time and applies the `ModeDecision`s it
gets back. The ladder is video -> low video -> audio only -> text only. The controller steps
down when loss stays above 10 % or the bandwidth estimate stays under the mode's floor for
5 s: one rung, or straight to the first mode that fits when those 5 s show the link carries
less than the next rung's floor too (the mean of what each second says the link carries:
the receiver's estimate, and under heavy loss what got through, sent x (1 - loss)), so a
100 kbps link reaches audio only in one step instead of two. It steps from video to low
video when encoding costs more than 70 % of a core for 5 s, and probes one rung back up
after 30 s of a good link (doubling the wait after a probe that failed, so a bad link is not
hammered). A second without any report (RTCP lost in a full queue) is no news: it neither
starts, extends nor ends the 5 s of evidence. A hand choice pins the mode until 'auto'.
Capacity never sends a call to text only: audio has no floor and leaves only for loss.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Mode(StrEnum):
    VIDEO = "video"
    LOW_VIDEO = "low_video"
    AUDIO = "audio"
    TEXT = "text"


LADDER: tuple[Mode, ...] = (Mode.VIDEO, Mode.LOW_VIDEO, Mode.AUDIO, Mode.TEXT)


@dataclass(frozen=True)
class ModeSpec:
    """What a mode sends. `max_bps` is the video cap on the wire; `floor_bps` the estimate
    under which the mode cannot hold (0: judged by loss only)."""

    width: int
    height: int
    fps: int
    max_bps: int
    floor_bps: int
    sends_video: bool
    sends_audio: bool


SPECS: dict[Mode, ModeSpec] = {
    Mode.VIDEO: ModeSpec(640, 480, 30, 500_000, 300_000, True, True),
    # 225 kbps x the encoder headroom (0.8) = 180 kbps for libvpx: with audio (32 kbps Opus,
    # ~54 kbps with RTP/SRTP/UDP/IP), RTCP and video packet overhead, ~250 kbps on the wire,
    # which leaves a 300 kbps link room for overshoot and keyframes.
    Mode.LOW_VIDEO: ModeSpec(320, 240, 15, 225_000, 120_000, True, True),
    Mode.AUDIO: ModeSpec(0, 0, 0, 0, 0, False, True),
    Mode.TEXT: ModeSpec(0, 0, 0, 0, 0, False, False),
}


def lower(mode: Mode) -> Mode:
    i = LADDER.index(mode)
    return LADDER[min(i + 1, len(LADDER) - 1)]


def higher(mode: Mode) -> Mode:
    i = LADDER.index(mode)
    return LADDER[max(i - 1, 0)]


def at_most(mode: Mode, ceiling: Mode) -> Mode:
    """The lower (cheaper) of two modes."""
    return LADDER[max(LADDER.index(mode), LADDER.index(ceiling))]


@dataclass(frozen=True)
class LinkSample:
    """One measurement of our outgoing link. None means 'not measured' (no media yet)."""

    at: float
    loss: float | None = None  # fraction 0..1 of our packets the other side did not get
    estimate_bps: float | None = None  # the receiver's bandwidth estimate (REMB)
    rtt_s: float | None = None
    encode_cpu: float | None = None  # fraction of one core spent encoding video
    delivered_bps: float | None = None  # our video that got through: sent x (1 - loss)

    def carried_bps(self, loss_threshold: float) -> float | None:
        """What this sample says the link carries for video, if it says anything."""
        seen = [self.estimate_bps] if self.estimate_bps is not None else []
        if self.delivered_bps is not None and self.loss is not None and self.loss > loss_threshold:
            seen.append(self.delivered_bps)  # only a saturated link shows its capacity
        return min(seen) if seen else None


@dataclass(frozen=True)
class ModeDecision:
    mode: Mode
    reason: str  # 'loss' | 'bandwidth' | 'cpu' | 'probe' | 'manual' | 'auto'


class ModeController:
    """Hysteresis over link samples; see the module docstring for the rules."""

    def __init__(
        self,
        *,
        initial: Mode = Mode.VIDEO,
        hold_s: float = 5.0,
        probe_after_s: float = 30.0,
        max_probe_after_s: float = 240.0,
        loss_threshold: float = 0.10,
        cpu_threshold: float = 0.70,
    ) -> None:
        self.mode = initial
        self.manual: Mode | None = None
        self.ceiling = Mode.VIDEO  # lowered for good when the PC cannot encode video
        self._hold_s = hold_s
        self._probe_base_s = probe_after_s
        self._probe_after_s = probe_after_s
        self._max_probe_after_s = max_probe_after_s
        self._loss_threshold = loss_threshold
        self._cpu_threshold = cpu_threshold
        self._bad_since: float | None = None
        self._bad_reason = ""
        self._carried: list[float] = []  # what the link carried, each bad second
        self._cpu_since: float | None = None
        self._changed_at: float | None = None
        self._probing_since: float | None = None

    def set_manual(self, mode: Mode | None, now: float) -> ModeDecision | None:
        """Pin a mode by hand (None: back to automatic from the current mode)."""
        self.manual = mode
        self._reset(now)
        if mode is None:
            return ModeDecision(self.mode, "auto")
        if mode == self.mode:
            return None
        self.mode = mode
        return ModeDecision(mode, "manual")

    def feed(self, sample: LinkSample) -> ModeDecision | None:
        now = sample.at
        if self._changed_at is None:
            self._changed_at = now
        if self.manual is not None:
            return None
        if self._cpu_overloaded(sample):
            self.ceiling = Mode.LOW_VIDEO
            if self.mode == Mode.VIDEO:
                return self._change(Mode.LOW_VIDEO, "cpu", now, failed_probe=False)
        if sample.loss is None and sample.estimate_bps is None:
            return None  # no report got through this second: no news, neither good nor bad
        reason = self._bad_reason_of(sample)
        if reason:
            if self._bad_since is None:
                self._bad_since, self._bad_reason, self._carried = now, reason, []
            carried = sample.carried_bps(self._loss_threshold)
            if carried is not None:
                self._carried.append(carried)
            if now - self._bad_since >= self._hold_s and self.mode != Mode.TEXT:
                failed_probe = self._probing_since is not None
                return self._change(self._fitting(), self._bad_reason, now, failed_probe)
            return None
        self._bad_since = None
        if self._probing_since is not None and now - self._probing_since >= self._probe_base_s:
            self._probing_since = None  # the probe held
            self._probe_after_s = self._probe_base_s
        if (
            self.mode != self.ceiling
            and LADDER.index(self.mode) > LADDER.index(self.ceiling)
            and now - self._changed_at >= self._probe_after_s
        ):
            decision = self._change(higher(self.mode), "probe", now, failed_probe=False)
            self._probing_since = now
            return decision
        return None

    def _fitting(self) -> Mode:
        """One rung down, or further while the bad seconds' mean is under that rung's floor."""
        mode = lower(self.mode)
        if not self._carried:
            return mode
        carried = sum(self._carried) / len(self._carried)
        while mode in (Mode.VIDEO, Mode.LOW_VIDEO) and carried < SPECS[mode].floor_bps:
            mode = lower(mode)
        return mode

    def _bad_reason_of(self, sample: LinkSample) -> str:
        if sample.loss is not None and sample.loss > self._loss_threshold:
            return "loss"
        floor = SPECS[self.mode].floor_bps
        if floor and sample.estimate_bps is not None and sample.estimate_bps < floor:
            return "bandwidth"
        return ""

    def _cpu_overloaded(self, sample: LinkSample) -> bool:
        if sample.encode_cpu is None or sample.encode_cpu <= self._cpu_threshold:
            self._cpu_since = None
            return False
        if self._cpu_since is None:
            self._cpu_since = sample.at
        return sample.at - self._cpu_since >= self._hold_s

    def _change(self, mode: Mode, reason: str, now: float, failed_probe: bool) -> ModeDecision:
        if failed_probe:
            self._probe_after_s = min(self._probe_after_s * 2, self._max_probe_after_s)
        self._probing_since = None
        self.mode = mode
        self._reset(now)
        return ModeDecision(mode, reason)

    def _reset(self, now: float) -> None:
        self._bad_since = None
        self._cpu_since = None
        self._changed_at = now
