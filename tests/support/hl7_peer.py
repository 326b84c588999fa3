#!/usr/bin/python3
"""An MLLP peer for PulseDesk's interface tests, built on Debian's python3-hl7 and sharing no code with PulseDesk.

  hl7_peer.py send HOST PORT
      Reads a JSON list of {"text": message, "encoding": "utf-8"|"latin-1"|"ascii"} from standard input, sends each
      with python3-hl7's own MLLP client on one connection, parses every answer with hl7.parse and prints a JSON
      list of {"ack", "code", "control_id", "text", "error", "type"}; "parse_error" when an answer did not parse.

  hl7_peer.py serve PORT_FILE LOG [--port N] [--delay SECONDS] [--reject TYPE] [--error-code AE|AR] [--echo]
      An MLLP server (hl7.mllp.start_hl7_server) on a free loopback port, written to PORT_FILE. Each message is
      parsed with hl7.parse and appended to LOG as one JSON line (control id, type, and every OBX as
      [OBX-3, OBX-4, OBX-5, OBX-6, OBX-11, OBX-18, OBX-8, OBX-17, OBX-14]; alarms: the same), then answered with an ACK made by
      hl7.Message.create_ack: AA, or the error code for messages whose MSH-9.2 is TYPE. --echo answers a fixed
      ACK without parsing or logging (the bare rate of the peer). --port takes that port (a peer back after an
      outage); --delay waits before each answer (a slow EHR).
"""

import asyncio
import json
import os
import sys

import hl7
import hl7.client
import hl7.mllp


def field(message, path):
    try:
        return str(message[path])
    except (KeyError, IndexError):
        return ""


def segments(message, name):
    try:
        return message.segments(name)
    except KeyError:
        return []


def send(host, port):
    requests = json.load(sys.stdin)
    results = []
    with hl7.client.MLLPClient(host, int(port)) as client:
        for request in requests:
            encoding = request.get("encoding", "utf-8")
            answer = client.send_message(request["text"].encode(encoding))
            # The answer is framed: 0x0B ... 0x1C 0x0D.
            text = answer.strip(b"\x0b\x1c\r").decode(encoding, errors="replace")
            result = {"ack": text}
            try:
                ack = hl7.parse(text)
                result.update(
                    code=field(ack, "MSA.F1"),
                    control_id=field(ack, "MSA.F2"),
                    text=field(ack, "MSA.F3"),
                    error=field(ack, "ERR.F3.R1.C1"),
                    type=field(ack, "MSH.F9.R1.C1"),
                )
            except Exception as e:  # noqa: BLE001 - any parse failure is reported to the test
                result["parse_error"] = repr(e)
            results.append(result)
    json.dump(results, sys.stdout)


def serve(port_file, log_path, options):
    reject = options.get("--reject")
    error_code = options.get("--error-code", "AE")
    echo = "--echo" in options
    delay = float(options.get("--delay", 0))
    port = int(options.get("--port", 0))
    log = open(log_path, "a", encoding="utf-8")

    async def connection(reader, writer):
        try:
            while not writer.is_closing():
                if echo:
                    await reader.readblock()
                    writer.writeblock(b"MSH|^~\\&|PEER||||||ACK|1|P|2.6\rMSA|AA|1\r")
                    await writer.drain()
                    continue
                message = await reader.readmessage()
                entry = {
                    "control_id": field(message, "MSH.F10"),
                    "type": str(message.segment("MSH")[9]),
                    "version": field(message, "MSH.F12"),
                    "obx": [
                        [str(s[3]), str(s[4]), str(s[5]), str(s[6]), str(s[11]), str(s[18]) if len(s) > 18 else "",
                         str(s[8]) if len(s) > 8 else "", str(s[17]) if len(s) > 17 else "",
                         str(s[14]) if len(s) > 14 else ""]
                        for s in segments(message, "OBX")
                    ],
                    "nte": [str(s[3]) if len(s) > 3 else "" for s in segments(message, "NTE")],
                    "pid": field(message, "PID.F3.R1.C1"),
                }
                code = error_code if reject and field(message, "MSH.F9.R1.C2") == reject else "AA"
                log.write(json.dumps(entry) + "\n")
                log.flush()
                if delay:
                    await asyncio.sleep(delay)
                writer.writemessage(message.create_ack(code))
                await writer.drain()
        except (asyncio.IncompleteReadError, ConnectionError):
            pass
        finally:
            writer.close()

    async def main():
        server = await hl7.mllp.start_hl7_server(connection, "127.0.0.1", port, encoding="utf-8")
        bound = server.sockets[0].getsockname()[1]
        with open(port_file + ".tmp", "w") as f:
            f.write(str(bound))
        os.rename(port_file + ".tmp", port_file)
        async with server:
            await server.serve_forever()

    asyncio.run(main())


def parse_options(args):
    options = {}
    i = 0
    while i < len(args):
        if args[i] in ("--reject", "--error-code", "--port", "--delay"):
            options[args[i]] = args[i + 1]
            i += 2
        else:
            options[args[i]] = True
            i += 1
    return options


if __name__ == "__main__":
    if len(sys.argv) >= 4 and sys.argv[1] == "send":
        send(sys.argv[2], sys.argv[3])
    elif len(sys.argv) >= 4 and sys.argv[1] == "serve":
        serve(sys.argv[2], sys.argv[3], parse_options(sys.argv[4:]))
    else:
        sys.exit(__doc__)
