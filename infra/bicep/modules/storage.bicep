// The product's storage account: the storage contract (tables, queues, containers) created up front, the WORM audit
// container, the Flex Consumption deployment container, and the identity's data-plane roles on the account.
// Reached through Entra ID only: shared keys are disabled, so no connection string with a key exists anywhere.

@description('Required. Azure region.')
param location string

@description('Required. Storage account name (3-24 lower-case letters and digits).')
@minLength(3)
@maxLength(24)
param accountName string

@description('Required. Object (principal) id of the Functions app identity that gets the data-plane roles.')
param principalId string

@description('Optional. Days an audit record stays immutable (WORM) after its last append.')
@minValue(1)
@maxValue(146000)
param auditRetentionDays int = 365

@description('Optional. True once the audit immutability policy has been locked (see the README): a locked policy can only be extended, so the deployment stops managing it.')
param auditPolicyLocked bool = false

@description('Optional. Name of the blob container Flex Consumption deploys the app package from.')
param deploymentContainerName string = 'app-package'

@description('Optional. Disable public network access (reach the account through private endpoints only).')
param disablePublicNetworkAccess bool = false

@description('Optional. Tags of the resources.')
param tags object = {}

// The storage contract: shared/Storage/StorageNames.cs, checked by tests/AiSec.Infra.Tests/StorageContractTests. The Durable task hub creates its own tables, queues and containers.
var tables = [
  'assets'
  'assetoverrides'
  'riskscores'
  'riskhistory'
  'guardrailpolicies'
  'guardrailrules'
  'guardrailkeys'
  'guardrailcounters'
  'incidents'
  'incidenttimeline'
  'incidentdedupe'
  'scancache'
  'riskattestations'
  'redteam'
  'riskacceptances'
  'guardrailoverturns'
  'dashboardsnapshots'
  'approvaltokens'
]
var queues = [
  'discovery-changes'
  'incident-signals'
]
var containers = [
  'audit-checkpoints'
  'evidence'
  deploymentContainerName
]

resource account 'Microsoft.Storage/storageAccounts@2025-06-01' = {
  name: accountName
  location: location
  tags: tags
  kind: 'StorageV2'
  sku: { name: 'Standard_ZRS' }
  properties: {
    allowSharedKeyAccess: false
    defaultToOAuthAuthentication: true
    allowBlobPublicAccess: false
    allowCrossTenantReplication: false
    minimumTlsVersion: 'TLS1_2'
    supportsHttpsTrafficOnly: true
    publicNetworkAccess: disablePublicNetworkAccess ? 'Disabled' : 'Enabled'
    networkAcls: {
      defaultAction: disablePublicNetworkAccess ? 'Deny' : 'Allow'
      bypass: 'AzureServices'
    }
  }
}

resource blobService 'Microsoft.Storage/storageAccounts/blobServices@2025-06-01' = {
  parent: account
  name: 'default'
  properties: {
    deleteRetentionPolicy: { enabled: true, days: 30 }
    containerDeleteRetentionPolicy: { enabled: true, days: 30 }
  }
}

// Audit records are append blobs. A container-level time-based retention policy with protected append writes lets
// the writer keep appending while no block can be changed or deleted, and no blob removed, for the retention period.
// ARM creates the policy unlocked; locking it is a separate, irreversible step (README: "Lock the audit container").
resource auditContainer 'Microsoft.Storage/storageAccounts/blobServices/containers@2025-06-01' = {
  parent: blobService
  name: 'audit'
  properties: { publicAccess: 'None' }
}

resource auditPolicy 'Microsoft.Storage/storageAccounts/blobServices/containers/immutabilityPolicies@2025-06-01' = if (!auditPolicyLocked) {
  parent: auditContainer
  name: 'default'
  properties: {
    immutabilityPeriodSinceCreationInDays: auditRetentionDays
    allowProtectedAppendWrites: true
  }
}

resource containerResources 'Microsoft.Storage/storageAccounts/blobServices/containers@2025-06-01' = [
  for container in containers: {
    parent: blobService
    name: container
    properties: { publicAccess: 'None' }
  }
]

resource tableService 'Microsoft.Storage/storageAccounts/tableServices@2025-06-01' = {
  parent: account
  name: 'default'
}

resource tableResources 'Microsoft.Storage/storageAccounts/tableServices/tables@2025-06-01' = [
  for table in tables: {
    parent: tableService
    name: table
  }
]

resource queueService 'Microsoft.Storage/storageAccounts/queueServices@2025-06-01' = {
  parent: account
  name: 'default'
}

resource queueResources 'Microsoft.Storage/storageAccounts/queueServices/queues@2025-06-01' = [
  for queue in queues: {
    parent: queueService
    name: queue
  }
]

// Data-plane roles at the account, the narrowest scope that covers the host, the Durable task hub (which creates its
// own tables, queues and containers) and the product. Blob Data Owner rather than Contributor because the Functions
// docs require it for an identity-based AzureWebJobsStorage.
resource blobDataOwner 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(account.id, principalId, 'b7e6dc6d-f1e8-4753-8033-0f276bb0955b')
  scope: account
  properties: {
    description: 'Storage Blob Data Owner: Functions host, Durable task hub, audit log, evidence, deployment package.'
    principalId: principalId
    principalType: 'ServicePrincipal'
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', 'b7e6dc6d-f1e8-4753-8033-0f276bb0955b')
  }
}

resource queueDataContributor 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(account.id, principalId, '974c5e8b-45b9-4653-ba55-5f855dd0fb88')
  scope: account
  properties: {
    description: 'Storage Queue Data Contributor: discovery-changes, incident-signals and the Durable control queues.'
    principalId: principalId
    principalType: 'ServicePrincipal'
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', '974c5e8b-45b9-4653-ba55-5f855dd0fb88')
  }
}

resource tableDataContributor 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(account.id, principalId, '0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3')
  scope: account
  properties: {
    description: 'Storage Table Data Contributor: the product tables and the Durable instance and history tables.'
    principalId: principalId
    principalType: 'ServicePrincipal'
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', '0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3')
  }
}

@description('The name of the storage account.')
output name string = account.name

@description('The resource id of the storage account.')
output resourceId string = account.id

@description('The primary blob endpoint, e.g. https://<account>.blob.core.windows.net/.')
output blobEndpoint string = account.properties.primaryEndpoints.blob

@description('The primary queue endpoint.')
output queueEndpoint string = account.properties.primaryEndpoints.queue

@description('The primary table endpoint.')
output tableEndpoint string = account.properties.primaryEndpoints.table

@description('The name of the container Flex Consumption deploys from.')
output deploymentContainerName string = deploymentContainerName
