# azd postdeploy hook: the webhooks' keys exist only now that the code runs, so provision once more with the
# Event Grid subscriptions (BlobCreated -> blob trigger, BlobDeleted -> BlobEventsFunction). Later runs include them.
$ErrorActionPreference = 'Stop'
if ($env:PIPELINE_EVENT_SUBSCRIPTIONS -eq 'true') {
  Write-Output 'Event Grid subscriptions are part of every provision of this environment (PIPELINE_EVENT_SUBSCRIPTIONS=true).'
  exit 0
}
azd env set PIPELINE_EVENT_SUBSCRIPTIONS true
if ($LASTEXITCODE -ne 0) { exit $LASTEXITCODE }
azd provision --no-prompt
exit $LASTEXITCODE
