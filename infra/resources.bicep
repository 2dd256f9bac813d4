// Everything in the environment's resource group; main.bicep creates the group and calls this.
param environmentName string
param location string
param tags object
param instanceMemoryMB int
param maximumInstanceCount int
param userPrincipalId string
param eventSubscriptions bool

@description('Names the pipeline uses; the defaults match Pipeline.Core\'s StorageOptions.')
param incomingContainer string = 'incoming'
param normalizedContainer string = 'normalized'
param statusContainer string = 'status'
param indexQueue string = 'index-requests'
param indexContainer string = 'index'

var token = toLower(uniqueString(subscription().id, resourceGroup().id, environmentName))
var deploymentContainer = 'app-package'
var appName = 'func-${environmentName}-${token}'
var identityName = 'id-${environmentName}-${token}'
var storageAccountName = take('st${token}', 24)
var applicationInsightsName = 'appi-${environmentName}-${token}'

module identity 'modules/identity.bicep' = {
  name: 'identity'
  params: {
    name: identityName
    location: location
    tags: tags
  }
}

module storage 'modules/storage.bicep' = {
  name: 'storage'
  params: {
    name: storageAccountName
    location: location
    tags: tags
    containers: [incomingContainer, normalizedContainer, statusContainer, indexContainer, deploymentContainer]
    queues: [indexQueue]
  }
}

module monitoring 'modules/monitoring.bicep' = {
  name: 'monitoring'
  params: {
    workspaceName: 'log-${environmentName}-${token}'
    applicationInsightsName: applicationInsightsName
    location: location
    tags: tags
  }
}

module roles 'modules/roles.bicep' = {
  name: 'roles'
  dependsOn: [identity, storage, monitoring]
  params: {
    storageAccountName: storageAccountName
    applicationInsightsName: applicationInsightsName
    appIdentityName: identityName
    userPrincipalId: userPrincipalId
  }
}

module functionApp 'modules/functionapp.bicep' = {
  name: 'functionapp'
  // The host reaches storage as soon as the app exists: its roles must be in place first.
  dependsOn: [roles]
  params: {
    name: appName
    planName: 'plan-${environmentName}-${token}'
    location: location
    tags: tags
    identityId: identity.outputs.id
    identityClientId: identity.outputs.clientId
    storageAccountName: storageAccountName
    blobEndpoint: storage.outputs.blobEndpoint
    queueEndpoint: storage.outputs.queueEndpoint
    tableEndpoint: storage.outputs.tableEndpoint
    deploymentContainer: deploymentContainer
    applicationInsightsConnectionString: monitoring.outputs.connectionString
    instanceMemoryMB: instanceMemoryMB
    maximumInstanceCount: maximumInstanceCount
    pipelineSettings: {
      Pipeline__Storage__IncomingContainer: incomingContainer
      Pipeline__Storage__NormalizedContainer: normalizedContainer
      Pipeline__Storage__StatusContainer: statusContainer
      Pipeline__Storage__IndexQueue: indexQueue
      // Instance-local and ephemeral on Flex Consumption: instances share the index through snapshots in indexContainer.
      Pipeline__Index__Path: '/tmp/pipeline/index'
      // One app, one set of settings, instances scaled per function group: every instance is a searcher of published
      // snapshots (the HTTP group), and the one running IndexFunction takes the write lock on its first message (README).
      Pipeline__Index__Role: 'OnDemand'
      Pipeline__Index__SnapshotContainer: indexContainer
      Pipeline__Index__SnapshotPollInterval: '00:00:02'
      Pipeline__Index__PublishInterval: '00:00:01'
      Pipeline__Index__LeaseDuration: '00:00:30'
      // Under host.json's queues.visibilityTimeout x maxDequeueCount, so a message outlives a dead writer's lease many times over.
      Pipeline__Index__LeaseWaitTimeout: '00:01:00'
    }
  }
}

resource storageAccount 'Microsoft.Storage/storageAccounts@2024-01-01' existing = {
  name: storageAccountName
}

// Created with the storage account; its subscriptions come in the post-deploy pass (eventSubscriptions = true).
resource systemTopic 'Microsoft.EventGrid/systemTopics@2025-02-15' = {
  name: 'evgt-${environmentName}-${token}'
  location: location
  tags: tags
  dependsOn: [storage]
  properties: {
    source: storageAccount.id
    topicType: 'Microsoft.Storage.StorageAccounts'
  }
}

module events 'modules/events.bicep' = if (eventSubscriptions) {
  name: 'events'
  dependsOn: [functionApp]
  params: {
    systemTopicName: systemTopic.name
    appName: appName
    incomingContainer: incomingContainer
  }
}

output functionAppName string = functionApp.outputs.name
output functionAppUrl string = 'https://${functionApp.outputs.defaultHostName}'
output storageAccountName string = storage.outputs.name
output incomingContainer string = incomingContainer
