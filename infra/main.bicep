// azd entry point: one resource group per environment holding the pipeline (see README, "Deploy to Azure").
targetScope = 'subscription'

@minLength(1)
@maxLength(20)
@description('Name of the environment (azd env name): prefixes every resource and names the resource group.')
param environmentName string

@minLength(1)
@description('Azure region for every resource; it must offer the Flex Consumption plan.')
param location string

@allowed([512, 2048, 4096])
@description('Plan size: memory per Flex Consumption instance, in MB.')
param instanceMemoryMB int = 2048

@minValue(1)
@maxValue(1000)
@description('Most instances the app scales out to: one writer holds the index lock, every other instance searches published snapshots (README).')
param maximumInstanceCount int = 1

@description('Object id of the user running azd (AZURE_PRINCIPAL_ID), granted blob upload rights; empty for none.')
param principalId string = ''

@description('Create the Event Grid subscriptions. Needs the code deployed (the webhooks\' keys exist only then): azure.yaml\'s postdeploy hook sets it.')
param eventSubscriptions bool = false

var tags = { 'azd-env-name': environmentName }

resource group 'Microsoft.Resources/resourceGroups@2024-03-01' = {
  name: 'rg-${environmentName}'
  location: location
  tags: tags
}

module resources 'resources.bicep' = {
  name: 'resources'
  scope: group
  params: {
    environmentName: environmentName
    location: location
    tags: tags
    instanceMemoryMB: instanceMemoryMB
    maximumInstanceCount: maximumInstanceCount
    userPrincipalId: principalId
    eventSubscriptions: eventSubscriptions
  }
}

output AZURE_LOCATION string = location
output AZURE_RESOURCE_GROUP string = group.name
output AZURE_FUNCTION_APP_NAME string = resources.outputs.functionAppName
output AZURE_FUNCTION_APP_URL string = resources.outputs.functionAppUrl
output AZURE_STORAGE_ACCOUNT_NAME string = resources.outputs.storageAccountName
output AZURE_INCOMING_CONTAINER string = resources.outputs.incomingContainer
