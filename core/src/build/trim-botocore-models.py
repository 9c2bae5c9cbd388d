#!/usr/bin/env python3
"""Trim botocore service models to the response shapes TestState's mock field validation needs.

Not run by the build: run it by hand when the shipped models should follow a newer botocore, then commit the output
and update the commit named in NOTICE ("Third-party data shipped in an artifact").

    git clone https://github.com/boto/botocore /tmp/botocore
    python3 core/src/build/trim-botocore-models.py /tmp/botocore

For each service below it reads botocore/data/<folder>/<newest version>/service-2.json and writes
core/src/main/resources/dev/orrery/internal/teststate/shapes/<name>.json, where <name> is the service's name in
Step Functions' `arn:aws:states:::aws-sdk:<name>:<action>` resources. The output keeps, for every operation, the name
of its output shape, and the shapes reachable from those outputs with only what validation reads: type, required
members, members (name -> shape), list member, map value, min, max and enum. Documentation, input shapes, errors,
locations, patterns and every other trait are dropped. The file also names the botocore commit it came from.
"""
import json
import os
import subprocess
import sys

# Step Functions' aws-sdk service name -> botocore data folder.
SERVICES = {
    "athena": "athena", "batch": "batch", "dynamodb": "dynamodb", "ecs": "ecs", "eventbridge": "events",
    "glue": "glue", "kms": "kms", "lambda": "lambda", "s3": "s3", "secretsmanager": "secretsmanager",
    "sfn": "stepfunctions", "sns": "sns", "sqs": "sqs", "ssm": "ssm",
}
KEPT = ("type", "required", "min", "max", "enum")


def trim(model):
    shapes = model["shapes"]
    operations = {}
    wanted = []
    for name, operation in sorted(model["operations"].items()):
        output = operation.get("output", {}).get("shape")
        operations[name] = output
        if output:
            wanted.append(output)
    kept = {}
    while wanted:
        name = wanted.pop()
        if name in kept:
            continue
        shape = shapes[name]
        out = {key: shape[key] for key in KEPT if key in shape}
        if shape["type"] == "structure":
            out["members"] = {member: ref["shape"] for member, ref in shape.get("members", {}).items()}
            wanted.extend(out["members"].values())
        elif shape["type"] == "list":
            out["member"] = shape["member"]["shape"]
            wanted.append(out["member"])
        elif shape["type"] == "map":
            out["value"] = shape["value"]["shape"]
            wanted.append(out["value"])
        kept[name] = out
    return operations, dict(sorted(kept.items()))


def main(botocore):
    commit = subprocess.run(["git", "-C", botocore, "rev-parse", "HEAD"], capture_output=True, text=True,
                            check=True).stdout.strip()
    target = os.path.join(os.path.dirname(__file__), "..", "main", "resources", "dev", "orrery", "internal",
                          "teststate", "shapes")
    os.makedirs(target, exist_ok=True)
    for name, folder in sorted(SERVICES.items()):
        base = os.path.join(botocore, "botocore", "data", folder)
        version = sorted(v for v in os.listdir(base) if os.path.exists(os.path.join(base, v, "service-2.json")))[-1]
        with open(os.path.join(base, version, "service-2.json"), encoding="utf-8") as f:
            operations, shapes = trim(json.load(f))
        trimmed = {"source": f"botocore/data/{folder}/{version}/service-2.json@{commit}",
                   "operations": operations, "shapes": shapes}
        with open(os.path.join(target, name + ".json"), "w", encoding="utf-8") as f:
            json.dump(trimmed, f, separators=(",", ":"), sort_keys=False)
            f.write("\n")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: trim-botocore-models.py BOTOCORE_CHECKOUT")
    main(sys.argv[1])
