// Event Grid subscriptions on the storage account's system topic: BlobCreated to the blob trigger's webhook,
// BlobDeleted to BlobEventsFunction. Both webhooks need keys the Functions host creates only once the code runs,
// and Event Grid validates each endpoint when a subscription is created: deploy this after the code (see azure.yaml).
param systemTopicName string
param appName string
param incomingContainer string

resource systemTopic 'Microsoft.EventGrid/systemTopics@2025-02-15' existing = {
  name: systemTopicName
}

resource app 'Microsoft.Web/sites@2024-04-01' existing = {
  name: appName
}

// The host's keys (the blob extension's system key, the default function key) are listed on sites/host,
// which ARM serves but Bicep's type library does not describe.
#disable-next-line use-recognized-resource-type
var hostKeys = listKeys(resourceId('Microsoft.Web/sites/host', app.name, 'default'), '2024-04-01')
var incomingSubject = '/blobServices/default/containers/${incomingContainer}/'
var retryPolicy = {
  maxDeliveryAttempts: 30
  eventTimeToLiveInMinutes: 1440
}

resource blobCreated 'Microsoft.EventGrid/systemTopics/eventSubscriptions@2025-02-15' = {
  parent: systemTopic
  name: 'incoming-blob-created'
  properties: {
    eventDeliverySchema: 'EventGridSchema'
    destination: {
      endpointType: 'WebHook'
      properties: {
        endpointUrl: 'https://${app.properties.defaultHostName}/runtime/webhooks/blobs?functionName=Host.Functions.NormalizeFunction&code=${hostKeys.systemKeys.blobs_extension}'
        maxEventsPerBatch: 1
      }
    }
    filter: {
      includedEventTypes: ['Microsoft.Storage.BlobCreated']
      subjectBeginsWith: incomingSubject
    }
    retryPolicy: retryPolicy
  }
}

resource blobDeleted 'Microsoft.EventGrid/systemTopics/eventSubscriptions@2025-02-15' = {
  parent: systemTopic
  name: 'incoming-blob-deleted'
  properties: {
    eventDeliverySchema: 'EventGridSchema'
    destination: {
      endpointType: 'WebHook'
      properties: {
        endpointUrl: 'https://${app.properties.defaultHostName}/api/events/blobs?code=${hostKeys.functionKeys.default}'
        maxEventsPerBatch: 1
      }
    }
    filter: {
      includedEventTypes: ['Microsoft.Storage.BlobDeleted']
      subjectBeginsWith: incomingSubject
    }
    retryPolicy: retryPolicy
  }
}
