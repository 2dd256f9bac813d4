#!/bin/sh
# azd postdeploy hook: the webhooks' keys exist only now that the code runs, so provision once more with the
# Event Grid subscriptions (BlobCreated -> blob trigger, BlobDeleted -> BlobEventsFunction). Later runs include them.
set -eu
if [ "${PIPELINE_EVENT_SUBSCRIPTIONS:-false}" = "true" ]; then
  echo "Event Grid subscriptions are part of every provision of this environment (PIPELINE_EVENT_SUBSCRIPTIONS=true)."
  exit 0
fi
azd env set PIPELINE_EVENT_SUBSCRIPTIONS true
azd provision --no-prompt
