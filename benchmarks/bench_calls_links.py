"""Call figures on emulated links: 5/1 Mbit/s with 40 ms RTT and 1 % loss, 300 and 100 kbps,
UDP blocked (TURN over TLS/TCP 443 through coturn), and CPU per call including rendering.

Needs root (network namespaces) and coturn (`apt-get install -y coturn`). Three namespaces
made here and deleted at the end, even on failure or Ctrl+C: `jmcall_a` (the mentee's PC on
the home link) and `jmcall_b` (the mentor's PC) both reach `jmcall_r`, a router that runs the
signalling relay and coturn. Addresses are 10.213.1.0/24 and 10.213.2.0/24, used only inside
these namespaces; none has a default route, so no packet can leave them. Links are shaped
with tbf on both ends of A's veth (the rate). This kernel has no netem qdisc, so delay and
loss are applied by each peer to the RTP/RTCP it sends (`link_peer.py --delay-ms --loss-pct`,
20 ms each way = 40 ms RTT, 1 % each way); ICE and DTLS set-up packets are not impaired.
"UDP blocked":
this kernel has no tc classifiers nor iptables, so the router stops forwarding (no direct path
between the PCs) and coturn listens on no UDP port (`no-udp`): only TURN over TLS/TCP 443 works.
Each peer is `link_peer.py` (real aiortc, synthetic 640x480/30 video and a tone), with the
calls service's `CALL_OPTIONS` (its per-phase rules decide when to retry relay-only). The
baseline, in this run, is the same call on the same namespaces with no shaping; ratios compare
each link with it.
Render cost is the UI side's frame -> QImage -> paint in an offscreen `VideoView`, measured
in this process.
Every loop is bounded in count and time. Run as root: `python benchmarks/bench_calls_links.py`
(`--only 300k --logs DIR` for one link, keeping each peer's ICE/TURN log and every event).
coturn runs as in production (installers/turn/turnserver.conf.example): TURN REST credentials
minted by the sync server's own `sync_server.ice.ice_config`, TLS on 443.
The last line of output is the JSON of the figures; the machine is shared, figures provisional.
"""

from __future__ import annotations

import argparse
import atexit
import datetime
import ipaddress
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "video"))

from conftest import Peer  # noqa: E402

NS_A, NS_B, NS_R = "jmcall_a", "jmcall_b", "jmcall_r"
A_IP, RA_IP, B_IP, RB_IP = "10.213.1.2", "10.213.1.1", "10.213.2.2", "10.213.2.1"
RELAY_PORT = 7000
PEER = Path(__file__).with_name("link_peer.py")
LINK_SECONDS = 60.0
WARMUP_S = 6.0
TURN_SECRET = "bench-only-shared-secret"
SCENARIOS = ("baseline", "5_1", "300k", "100k", "turn")


def sh(*cmd: str, check: bool = True) -> subprocess.CompletedProcess:
    return subprocess.run(cmd, check=check, capture_output=True, text=True, timeout=30)


def ns(name: str, *cmd: str, check: bool = True) -> subprocess.CompletedProcess:
    return sh("ip", "netns", "exec", name, *cmd, check=check)


# --- namespaces ------------------------------------------------------------------------------


def teardown() -> None:
    for name in (NS_A, NS_B, NS_R):
        sh("ip", "netns", "del", name, check=False)


def setup() -> None:
    teardown()
    for name in (NS_A, NS_B, NS_R):
        sh("ip", "netns", "add", name)
        ns(name, "ip", "link", "set", "lo", "up")
    for side, ns_pc, pc_ip, r_ip, other in (
        ("a", NS_A, A_IP, RA_IP, "10.213.2.0/24"),
        ("b", NS_B, B_IP, RB_IP, "10.213.1.0/24"),
    ):
        pc_dev, r_dev = f"jmc{side}0", f"jmcr{side}0"
        sh("ip", "link", "add", pc_dev, "type", "veth", "peer", "name", r_dev)
        sh("ip", "link", "set", pc_dev, "netns", ns_pc)
        sh("ip", "link", "set", r_dev, "netns", NS_R)
        ns(ns_pc, "ip", "addr", "add", f"{pc_ip}/24", "dev", pc_dev)
        ns(NS_R, "ip", "addr", "add", f"{r_ip}/24", "dev", r_dev)
        ns(ns_pc, "ip", "link", "set", pc_dev, "up")
        ns(NS_R, "ip", "link", "set", r_dev, "up")
        ns(ns_pc, "ip", "route", "add", other, "via", r_ip)
    ns(NS_R, "sysctl", "-qw", "net.ipv4.ip_forward=1")


def shape(
    rate_up_kbit: int | None,
    rate_down_kbit: int | None,
    block_udp: bool = False,
) -> None:
    """Shape A's link with tbf: `up` is A -> router, `down` router -> A. Clears earlier shaping."""
    for name, dev, rate in ((NS_A, "jmca0", rate_up_kbit), (NS_R, "jmcra0", rate_down_kbit)):
        ns(name, "tc", "qdisc", "del", "dev", dev, "root", check=False)
        if rate:
            burst = max(3200, int(rate * 1000 / 8 * 0.02))
            ns(name, "tc", "qdisc", "add", "dev", dev, "root", "handle", "1:", "tbf",
               "rate", f"{rate}kbit", "burst", str(burst), "latency", "300ms")  # fmt: skip
    # No tc classifier or iptables in this kernel: UDP between the PCs is "blocked" by turning
    # forwarding off (nothing passes between them), and coturn listens on no UDP port.
    ns(NS_R, "sysctl", "-qw", f"net.ipv4.ip_forward={0 if block_udp else 1}")


# --- processes -------------------------------------------------------------------------------


class NsPeer(Peer):
    """tests/video's Peer (event reader, waits, commands), started inside a namespace."""

    def __init__(self, namespace: str, *args: str, env: dict | None = None) -> None:
        full_env = dict(os.environ, PYTHONPATH=str(ROOT), **(env or {}))
        cmd = ["ip", "netns", "exec", namespace, sys.executable, str(PEER), *args]
        self.proc = subprocess.Popen(
            cmd, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
            env=full_env, text=True,
        )  # fmt: skip
        self.events, self._lock = [], threading.Lock()
        threading.Thread(target=self._read, daemon=True).start()
        threading.Thread(target=self.proc.stderr.read, daemon=True).start()  # never blocks


def make_cert(folder: Path) -> tuple[Path, Path]:
    """A self-signed certificate for coturn's TLS port, valid for the router's two addresses."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "jumelage-bench-turn")])
    now = datetime.datetime.now(datetime.UTC)
    ips = [x509.IPAddress(ipaddress.ip_address(ip)) for ip in (RA_IP, RB_IP)]
    cert = (
        x509.CertificateBuilder().subject_name(name).issuer_name(name)
        .public_key(key.public_key()).serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(minutes=5))
        .not_valid_after(now + datetime.timedelta(hours=2))
        .add_extension(x509.SubjectAlternativeName(ips), critical=False)
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )  # fmt: skip
    cert_path, key_path = folder / "turn.pem", folder / "turn.key"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    os.chmod(key_path, 0o600)
    return cert_path, key_path


def start_coturn(folder: Path, cert: Path, key: Path, udp: bool = True) -> subprocess.Popen:
    conf = folder / "turnserver.conf"
    conf.write_text(
        "\n".join(
            [
                f"listening-ip={RA_IP}", f"listening-ip={RB_IP}", f"relay-ip={RA_IP}",
                "listening-port=3478", "tls-listening-port=443", "min-port=49152",
                "max-port=49999", "use-auth-secret", f"static-auth-secret={TURN_SECRET}",
                "realm=jumelage.test", f"cert={cert}", f"pkey={key}", "fingerprint",
                "no-cli", "no-dtls", "simple-log", f"pidfile={folder / 'turn.pid'}",
                f"log-file={folder / 'turn.log'}",
                *([] if udp else ["no-udp"]),
            ]
        )
        + "\n"
    )  # fmt: skip
    proc = subprocess.Popen(
        ["ip", "netns", "exec", NS_R, "turnserver", "-c", str(conf)],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    for _ in range(100):  # bounded: up to 10 s for the TLS port to listen
        out = ns(NS_R, "ss", "-ltn", check=False).stdout
        if ":443 " in out:
            return proc
        time.sleep(0.1)
    raise RuntimeError("coturn did not start")


def ice_file(folder: Path, side_ip: str, name: str) -> Path:
    """The IceConfig the sync server would hand out: TURN REST credentials (production path)."""
    from sync_server.config import IceSettings
    from sync_server.ice import ice_config

    urls = [f"turn:{side_ip}:3478?transport=udp", f"turns:{side_ip}:443?transport=tcp"]
    settings = IceSettings(turn_urls=urls, turn_secret=TURN_SECRET)
    config = ice_config(settings, f"person-{name}", int(time.time() * 1000))
    path = folder / f"ice_{name}.json"
    path.write_text(config.model_dump_json())
    return path


# --- one call --------------------------------------------------------------------------------


def run_call(
    label: str,
    seconds: float,
    *,
    ice: tuple[Path, Path] | None = None,
    env=None,
    delay_ms: float = 0,
    loss_pct: float = 0,
) -> dict:
    """A (offerer, home link) calls B; returns both peers' events after `seconds` connected.

    `delay_ms` / `loss_pct` apply to each direction (each peer delays and drops what it sends).
    """
    ice_args = (["--ice", str(ice[0])], ["--ice", str(ice[1])]) if ice else ([], [])
    common = ["--delay-ms", str(delay_ms), "--loss-pct", str(loss_pct)]
    ice_args = tuple([*args, *common] for args in ice_args)
    b = NsPeer(NS_B, "peer", "--host", RB_IP, "--port", str(RELAY_PORT), "--id", "mentor-b",
               *ice_args[1], env=env)  # fmt: skip
    a = None
    try:
        b.wait_for(lambda e: e["event"] == "ready", 30)
        a = NsPeer(NS_A, "peer", "--host", RA_IP, "--port", str(RELAY_PORT), "--id", "mentee-a",
                   "--remote", "mentor-b", "--offer", *ice_args[0], env=env)  # fmt: skip
        offering = a.wait_for(lambda e: e["event"] == "offering", 30)
        connected = a.wait_state("connected", 40)
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:  # bounded by `seconds`
            time.sleep(0.5)
        a.send("hangup")
        a.wait_for(lambda e: e["event"] == "exit", 15)
        if os.environ.get("JM_PEER_LOG_DIR"):  # --logs: every event of both peers, for diagnosis
            dump = Path(os.environ["JM_PEER_LOG_DIR"]) / f"{label}_events.json"
            dump.write_text(json.dumps({"a": a.events, "b": b.events}))
        return {"a": list(a.events), "b": list(b.events), "offering": offering,
                "connected": connected}  # fmt: skip
    finally:
        for peer in (a, b):
            if peer is not None:
                peer.kill()


def window(events: list[dict], start: float, end: float) -> list[dict]:
    return [e for e in events if e["event"] == "stats" and start <= e["wall"] <= end]


def rate(stats: list[dict], key: str) -> float:
    """Per-second rate of a cumulative counter across a window of stats events."""
    if len(stats) < 2:
        return 0.0
    return (stats[-1][key] - stats[0][key]) / (stats[-1]["wall"] - stats[0]["wall"])


def mean(stats: list[dict], key: str) -> float:
    values = [e[key] for e in stats if e.get(key) is not None]
    return sum(values) / len(values) if values else 0.0


def steady(run: dict, seconds: float) -> tuple[list[dict], list[dict]]:
    t0 = run["connected"]["wall"] + WARMUP_S
    return window(run["a"], t0, t0 + seconds), window(run["b"], t0, t0 + seconds)


def render_core_fraction(frames: int = 90) -> float:
    """Frame -> QImage -> painted in an offscreen VideoView, as a fraction of a core at 30 fps."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSize
    from PySide6.QtWidgets import QApplication

    from desktop.ui.calls.frame_image import frame_to_qimage
    from desktop.ui.calls.video_view import VideoView
    from desktop.video.tracks import SyntheticVideoTrack

    app = QApplication.instance() or QApplication([])
    view = VideoView()
    view.resize(640, 480)
    view.show()
    app.processEvents()
    track = SyntheticVideoTrack(640, 480, 30)
    pictures = [track.make_frame(n).reformat(format="yuv420p") for n in range(frames)]
    started = time.process_time()
    for picture in pictures:
        view.show_image(frame_to_qimage(picture, QSize(640, 480)))
        view.repaint()
    spent = time.process_time() - started
    assert view.frames_shown >= frames
    view.close()
    return spent / (frames / 30)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument(
        "--only",
        choices=SCENARIOS,
        action="append",
        help="run only these parts (for diagnosis; ratios need the baseline)",
    )
    parser.add_argument(
        "--logs", type=Path, help="keep the peers' debug logs and coturn's log in this folder"
    )
    args = parser.parse_args()
    only = set(args.only or SCENARIOS)
    if args.logs:
        args.logs.mkdir(parents=True, exist_ok=True)
        os.environ["JM_PEER_LOG_DIR"] = str(args.logs.resolve())
    if os.geteuid() != 0 or shutil.which("turnserver") is None:
        sys.exit("needs root and coturn (apt-get install -y coturn)")
    folder = Path(tempfile.mkdtemp(prefix="jmcall-"))
    procs: list[subprocess.Popen] = []

    def cleanup() -> None:
        for proc in procs:
            if proc.poll() is None:
                proc.kill()
                proc.wait(5)
        if args.logs and (folder / "turn.log").exists():
            shutil.copy(folder / "turn.log", args.logs / "turn.log")
        teardown()
        shutil.rmtree(folder, ignore_errors=True)

    atexit.register(cleanup)
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(1))
    figures: dict[str, float | str] = {}
    base_fps = base_kbps = 0.0
    try:
        setup()
        relay = NsPeer(NS_R, "relay", "--port", str(RELAY_PORT))
        procs.append(relay.proc)
        relay.wait_for(lambda e: e["event"] == "ready", 30)

        if "baseline" in only:
            figures["render_core_fraction"] = round(render_core_fraction(), 3)
            # Baseline: the same namespaces, no shaping.
            shape(None, None)
            base = run_call("baseline", 20)
            ba, bb = steady(base, 12)
            base_fps, base_kbps = rate(bb, "frames"), mean(ba, "sent_video_bps") / 1000
            cpu = max(rate(ba, "cpu_s"), rate(bb, "cpu_s"))
            figures.update(
                baseline_received_fps=round(base_fps, 1),
                baseline_sent_video_kbps=round(base_kbps, 1),
                baseline_offer_to_connected_ms=round(
                    (base["connected"]["wall"] - base["offering"]["wall"]) * 1000, 1
                ),
                call_cpu_core_fraction=round(cpu, 3),
                call_cpu_with_render_core_fraction=round(cpu + figures["render_core_fraction"], 3),
            )

        if "5_1" in only:
            # Home link: 5 Mbit/s down, 1 Mbit/s up, 20 ms each way (40 ms RTT), 1 % loss each way.
            shape(1000, 5000)
            link = run_call("5_1", LINK_SECONDS + WARMUP_S + 1, delay_ms=20, loss_pct=1.0)
            la, lb = steady(link, LINK_SECONDS)
            fps, kbps = rate(lb, "frames"), mean(la, "sent_video_bps") / 1000
            sizes = {tuple(s) for e in lb for s in e["sizes"]}
            figures.update(
                link_5_1_received_fps=round(fps, 1),
                link_5_1_sent_video_kbps_mean_60s=round(kbps, 1),
                link_5_1_window_s=round(lb[-1]["wall"] - lb[0]["wall"], 1) if lb else 0.0,
                link_5_1_all_640x480=int(sizes == {(640, 480)}),
                link_5_1_fps_ratio=round(fps / base_fps, 3) if base_fps else 0.0,
                link_5_1_kbps_ratio=round(kbps / base_kbps, 3) if base_kbps else 0.0,
            )

        if "300k" in only:
            # 300 kbps available both ways: the sender should step down to low video and hold it.
            shape(300, 300)
            low = run_call("300k", 40, delay_ms=20)
            t_end = low["connected"]["wall"] + 40
            la, lb = window(low["a"], t_end - 15, t_end), window(low["b"], t_end - 15, t_end)
            low_fps = rate(lb, "frames")
            modes = [e["mode"] for e in la]
            # The mode held over the window; the ladder probes one rung up every 30 s (more
            # after failed probes), so a probe may fall in the window: counted apart.
            probes = [
                e["wall"]
                for e in low["a"]
                if e["event"] == "mode" and e["reason"] == "probe" and e["by"] == "local"
            ]
            held_end = min([t for t in probes if t > t_end - 15] + [t_end])
            held = rate(window(low["b"], t_end - 15, held_end), "frames")
            figures.update(
                link_300k_received_fps_held_mode=round(held, 1),
                link_300k_mode=max(set(modes), key=modes.count) if modes else "none",
                link_300k_probes_in_window=sum(t_end - 15 <= t <= t_end for t in probes),
                link_300k_received_fps_last_15s=round(low_fps, 1),
                link_300k_fps_ratio=round(low_fps / base_fps, 3) if base_fps else 0.0,
            )

        if "100k" in only:
            # 100 kbps available: audio only within 10 s, and sound keeps flowing.
            shape(100, 100)
            audio = run_call("100k", 25, delay_ms=20)
            t0 = audio["connected"]["wall"]
            to_audio = [e for e in audio["a"] if e["event"] == "mode" and e["mode"] == "audio"]
            tail = window(audio["b"], t0 + 15, t0 + 25)
            figures.update(
                link_100k_to_audio_only_s=round(to_audio[0]["wall"] - t0, 1) if to_audio else -1.0,
                link_100k_audio_frames_per_s_last_10s=round(rate(tail, "audio_frames"), 1),
            )

        if "turn" in only:
            # UDP blocked everywhere: only TURN over TLS/TCP 443 can carry the call.
            shape(None, None, block_udp=True)
            cert, key = make_cert(folder)
            procs.append(start_coturn(folder, cert, key, udp=False))
            ice = (ice_file(folder, RA_IP, "a"), ice_file(folder, RB_IP, "b"))
            turn = run_call("turn", 12, ice=ice, env={"SSL_CERT_FILE": str(cert)})
            ta, tb = steady(turn, 5)
            figures.update(
                turn_tls_offer_to_connected_ms=round(
                    (turn["connected"]["wall"] - turn["offering"]["wall"]) * 1000, 1
                ),
                turn_tls_received_fps=round(rate(tb, "frames"), 1),
            )
    finally:
        cleanup()
    for key, value in figures.items():
        print(f"{key:44s} {value}")
    print(json.dumps(figures))


if __name__ == "__main__":
    main()
