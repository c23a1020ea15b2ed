// The Durable Task Scheduler backend: a scheduler, the product's task hub and the identity's data role on the hub.
// Only deployed when durableBackend is DurableTaskScheduler; the scheduler accepts managed identities only.

@description('Required. Azure region.')
param location string

@description('Required. Scheduler name (3-64 letters, digits and dashes).')
@minLength(3)
@maxLength(64)
param schedulerName string

@description('Required. Task hub name; the same name the Functions host uses (host.json extensions.durableTask.hubName).')
param taskHubName string

@description('Required. Object (principal) id of the Functions app identity.')
param principalId string

@description('Optional. Billing SKU of the scheduler.')
@allowed([
  'Consumption'
  'Dedicated'
])
param skuName string = 'Consumption'

@description('Optional. IP ranges allowed to reach the scheduler; an empty list denies all traffic. Identity-based auth applies either way.')
param ipAllowlist array = [
  '0.0.0.0/0'
]

@description('Optional. Tags of the resources.')
param tags object = {}

resource scheduler 'Microsoft.DurableTask/schedulers@2025-11-01' = {
  name: schedulerName
  location: location
  tags: tags
  properties: {
    ipAllowlist: ipAllowlist
    sku: { name: skuName }
  }
}

resource taskHub 'Microsoft.DurableTask/schedulers/taskHubs@2025-11-01' = {
  parent: scheduler
  name: taskHubName
  properties: {}
}

// On the task hub, not the scheduler: the app reaches its own hub and no other.
resource dataContributor 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(taskHub.id, principalId, '0ad04412-c4d5-4796-b79c-f76d14c8d402')
  scope: taskHub
  properties: {
    description: 'Durable Task Data Contributor: the app starts, runs and raises events on its orchestrations.'
    principalId: principalId
    principalType: 'ServicePrincipal'
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', '0ad04412-c4d5-4796-b79c-f76d14c8d402')
  }
}

@description('The name of the scheduler.')
output name string = scheduler.name

@description('The resource id of the scheduler.')
output resourceId string = scheduler.id

@description('The scheduler endpoint, e.g. https://<scheduler>.<region>.durabletask.io.')
output endpoint string = scheduler.properties.endpoint

@description('The name of the task hub.')
output taskHubName string = taskHub.name
