#!/usr/bin/env bash
# Drive `orrery serve` with the AWS CLI and boto3 as Step Functions Local suites do; skipped (exit 0 with a message)
# when the clients are not installed. Usage: server/clients/sfn_local_suite.sh [path/to/orrery.jar]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
jar="${1:-$here/../../cli/target/orrery.jar}"
if ! command -v aws >/dev/null || ! python3 -c 'import boto3' 2>/dev/null; then
  echo "AWS CLI or boto3 not installed: skipping the client suite (apt-get install awscli python3-boto3)"
  exit 0
fi
out="$(mktemp)"
java -jar "$jar" serve --port 0 --mock-config "$here/MockConfigFile.json" >"$out" &
pid=$!
cleanup() { kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; rm -f "$out"; }
trap cleanup EXIT
for _ in $(seq 1 100); do grep -q 'endpoint on' "$out" && break; sleep 0.1; done
endpoint="$(sed -n 's/^Orrery Step Functions endpoint on //p' "$out")"
[ -n "$endpoint" ] || { echo "orrery serve did not start"; exit 1; }

export AWS_ACCESS_KEY_ID=any AWS_SECRET_ACCESS_KEY=any AWS_DEFAULT_REGION=us-east-1
sfn() { aws stepfunctions --endpoint-url "$endpoint" --output json "$@"; }
arn="$(sfn create-state-machine --name LambdaSQSIntegration --role-arn arn:aws:iam::123456789012:role/DummyRole \
  --definition "file://$here/LambdaSQSIntegration.asl.json" --query stateMachineArn --output text)"
execution="$(sfn start-execution --state-machine-arn "$arn#HappyPath" --input '{"name":"Ada"}' \
  --query executionArn --output text)"
status="$(sfn describe-execution --execution-arn "$execution" --query status --output text)"
[ "$status" = SUCCEEDED ] || { echo "AWS CLI: HappyPath ended $status"; exit 1; }
events="$(sfn get-execution-history --execution-arn "$execution" --query 'length(events)' --output text)"
[ "$events" -ge 4 ] || { echo "AWS CLI: history has $events events"; exit 1; }
if sfn describe-execution --execution-arn "${execution}x" 2>"$out.err"; then
  echo "AWS CLI: no error for an unknown execution"; exit 1
fi
grep -q ExecutionDoesNotExist "$out.err" || { cat "$out.err"; exit 1; }
rm -f "$out.err"
sfn delete-state-machine --state-machine-arn "$arn"
echo "$(aws --version 2>&1 | cut -d' ' -f1): OK"

rc=0
SFN_ENDPOINT="$endpoint" python3 "$here/sfn_local_suite.py" || rc=$?
exit "$rc"
