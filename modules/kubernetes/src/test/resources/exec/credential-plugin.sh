#!/bin/sh
# Stand-in for a client-go exec credential plugin (aws eks get-token, gke-gcloud-auth-plugin):
# prints an ExecCredential whose token is token-N, N counting the runs in $COUNTER_FILE,
# expiring at $EXPIRES.
n=$(cat "$COUNTER_FILE" 2>/dev/null || echo 0)
n=$((n + 1))
echo "$n" > "$COUNTER_FILE"
printf '{"apiVersion":"client.authentication.k8s.io/v1","kind":"ExecCredential","status":{"token":"token-%s","expirationTimestamp":"%s"}}\n' "$n" "$EXPIRES"
