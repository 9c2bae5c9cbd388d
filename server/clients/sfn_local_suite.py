"""A Step Functions Local style suite in Python (boto3), run against `orrery serve`.

Usage: SFN_ENDPOINT=http://127.0.0.1:8083 python3 sfn_local_suite.py  (the server started with
--mock-config pointing at the MockConfigFile.json next to this file). Only the endpoint differs from a suite
written for Step Functions Local; there are no sleeps.
"""
import json
import os
import pathlib
import sys

import boto3
import botocore
from botocore.config import Config

HERE = pathlib.Path(__file__).parent
ENDPOINT = os.environ.get("SFN_ENDPOINT", "http://127.0.0.1:8083")

sfn = boto3.client(
    "stepfunctions",
    endpoint_url=ENDPOINT,
    region_name="us-east-1",
    aws_access_key_id="any",
    aws_secret_access_key="any",
    config=Config(inject_host_prefix=False, retries={"max_attempts": 1}),
)

definition = (HERE / "LambdaSQSIntegration.asl.json").read_text()
arn = sfn.create_state_machine(
    name="LambdaSQSIntegration", definition=definition, roleArn="arn:aws:iam::123456789012:role/DummyRole"
)["stateMachineArn"]

failures = []
for test_case, status in [("HappyPath", "SUCCEEDED"), ("RetryPath", "SUCCEEDED"), ("HybridPath", "FAILED")]:
    execution = sfn.start_execution(stateMachineArn=f"{arn}#{test_case}", input=json.dumps({"name": "Ada"}))
    described = sfn.describe_execution(executionArn=execution["executionArn"])
    if described["status"] != status:
        failures.append(f"{test_case}: {described['status']} instead of {status}")

history = sfn.get_paginator("get_execution_history").paginate(
    executionArn=execution["executionArn"], PaginationConfig={"PageSize": 2}
)
if sum(len(page["events"]) for page in history) < 4:
    failures.append("history pages")

try:
    sfn.describe_state_machine(stateMachineArn=arn + "-missing")
    failures.append("no StateMachineDoesNotExist")
except sfn.exceptions.StateMachineDoesNotExist:
    pass

express = sfn.create_state_machine(
    name="ExpressPass",
    type="EXPRESS",
    roleArn="arn:aws:iam::123456789012:role/DummyRole",
    definition=json.dumps({"StartAt": "P", "States": {"P": {"Type": "Pass", "End": True}}}),
)["stateMachineArn"]
if sfn.start_sync_execution(stateMachineArn=express, input="{}")["status"] != "SUCCEEDED":
    failures.append("StartSyncExecution")

sfn.delete_state_machine(stateMachineArn=arn)
print("boto3 " + boto3.__version__ + ": " + ("OK" if not failures else "FAILED " + "; ".join(failures)))
sys.exit(1 if failures else 0)
