// AiSec Functions in one resource group: the Functions app on Flex Consumption with a user-assigned managed identity,
// storage with the WORM audit container, Key Vault, Application Insights, the Durable backend of choice, App Service
// Authentication, and optional network isolation. Every role assignment sits on one resource (or, for containment,
// on the AI accounts or resource groups listed); nothing is granted on a subscription here (see subscriptionReader.bicep).
targetScope = 'resourceGroup'

metadata name = 'AiSec Functions'
metadata description = 'Deploys the AiSec Functions app, its storage, secrets, telemetry and identity-only access.'

@description('Optional. Azure region of every resource.')
param location string = resourceGroup().location

@description('Optional. azd environment name, recorded in the azd-env-name tag (azd sets it).')
param environmentName string = ''

@description('Optional. Short prefix of every resource name (lower-case letters and digits).')
@minLength(3)
@maxLength(11)
param name string = 'aisec'

@description('Required. Application (client) id of the Entra app registration people sign in to (README: Deploy to Azure, step 1).')
@minLength(36)
@maxLength(36)
param authClientId string

@description('Optional. Object id of the administrator who seeds the secrets: Key Vault Secrets Officer on the vault only (azd passes the signed-in user). Empty: grant nobody.')
param administratorPrincipalId string = ''

@description('Optional. Principal type of administratorPrincipalId.')
@allowed([
  'User'
  'Group'
  'ServicePrincipal'
])
param administratorPrincipalType string = 'User'

@description('Optional. Memory of each Flex Consumption instance, in MB.')
@allowed([
  512
  2048
  4096
])
param instanceMemoryMB int = 2048

@description('Optional. Most instances the app scales out to.')
@minValue(1)
@maxValue(1000)
param maximumInstanceCount int = 100

@description('Optional. Always-ready instances of the HTTP group (0 scales to zero; 1 keeps the guardrail classifier warm, billed while idle).')
@minValue(0)
@maxValue(20)
param httpAlwaysReadyInstances int = 0

@description('Optional. Durable Functions backend: Azure Storage through the identity, or a Durable Task Scheduler.')
@allowed([
  'AzureStorage'
  'DurableTaskScheduler'
])
param durableBackend string = 'AzureStorage'

@description('Optional. Billing SKU of the Durable Task Scheduler (durableBackend DurableTaskScheduler only).')
@allowed([
  'Consumption'
  'Dedicated'
])
param durableTaskSchedulerSku string = 'Consumption'

@description('Optional. Days an audit record stays immutable (WORM) after its last append.')
@minValue(1)
@maxValue(146000)
param auditRetentionDays int = 365

@description('Optional. Set true after locking the audit immutability policy (README): the deployment then leaves the locked policy alone.')
param auditPolicyLocked bool = false

@description('Optional. Subscriptions Discovery scans; empty scans every subscription the identity can read. Grant Reader there with subscriptionReader.bicep.')
param discoverySubscriptionIds array = []

@description('Optional. Let playbooks take containment actions on AI accounts: grants Cognitive Services Contributor on containmentScopes and turns Playbooks__Actions__ContainmentEnabled on.')
param containmentEnabled bool = false

@description('Optional. Resource ids of the AI accounts (Microsoft.CognitiveServices/accounts) or resource groups containment may act on, in any subscription.')
param containmentScopes array = []

@description('Optional. Playbook roles with a Teams channel; each needs the Key Vault secret teams-webhook-<role with dashes for underscores>.')
param teamsRoles array = [
  'on_call_engineer'
  'ai_security_lead'
  'ciso'
  'ml_engineer'
  'legal'
  'privacy_officer'
]

@description('Optional. Playbook role to Entra group object id, e.g. {"ciso": "<group id>"}; approvers must be members.')
param roleGroupIds object = {}

@description('Optional. Send Teams activity-feed notices through Microsoft Graph (needs TeamsActivity.Send and the product Teams app).')
param teamsGraphEnabled bool = false

@description('Optional. Lifetime of an approval link as a TimeSpan (e.g. 04:00:00); empty: the step timeout plus one hour.')
param approvalTokenLifetime string = ''

@description('Optional. Microsoft Graph base URL (sovereign clouds set their own).')
param graphBaseUrl string = 'https://graph.microsoft.com/v1.0/'

@description('Optional. Private endpoints for storage and Key Vault (public access disabled) and VNet integration of the app.')
param networkIsolation bool = false

@description('Optional. Address space of the virtual network (networkIsolation only).')
param virtualNetworkAddressPrefix string = '10.40.0.0/16'

@description('Optional. Tags of every resource.')
param tags object = {
  product: 'aisec-functions'
}

// The Durable task hub: the same name as host.json extensions.durableTask.hubName (a test keeps them equal).
var taskHubName = 'AiSecPlaybooks'
var suffix = uniqueString(resourceGroup().id)
var allTags = empty(environmentName) ? tags : union(tags, { 'azd-env-name': environmentName })

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2024-11-30' = {
  name: '${name}-id'
  location: location
  tags: allTags
}

module monitoring 'modules/monitoring.bicep' = {
  name: 'monitoring'
  params: {
    location: location
    name: name
    publisherPrincipalId: identity.properties.principalId
    tags: allTags
  }
}

module storage 'modules/storage.bicep' = {
  name: 'storage'
  params: {
    location: location
    accountName: take('${name}${suffix}', 24)
    principalId: identity.properties.principalId
    auditRetentionDays: auditRetentionDays
    auditPolicyLocked: auditPolicyLocked
    disablePublicNetworkAccess: networkIsolation
    tags: allTags
  }
}

module keyVault 'modules/keyVault.bicep' = {
  name: 'keyVault'
  params: {
    location: location
    vaultName: take('${name}-kv-${suffix}', 24)
    readerPrincipalId: identity.properties.principalId
    administratorPrincipalId: administratorPrincipalId
    administratorPrincipalType: administratorPrincipalType
    disablePublicNetworkAccess: networkIsolation
    tags: allTags
  }
}

module network 'modules/network.bicep' = if (networkIsolation) {
  name: 'network'
  params: {
    location: location
    name: name
    storageAccountResourceId: storage.outputs.resourceId
    keyVaultResourceId: keyVault.outputs.resourceId
    addressPrefix: virtualNetworkAddressPrefix
    tags: allTags
  }
}

module durableTaskScheduler 'modules/durableTaskScheduler.bicep' = if (durableBackend == 'DurableTaskScheduler') {
  name: 'durableTaskScheduler'
  params: {
    location: location
    schedulerName: '${name}-dts-${suffix}'
    taskHubName: taskHubName
    principalId: identity.properties.principalId
    skuName: durableTaskSchedulerSku
    tags: allTags
  }
}

module functionApp 'modules/functionApp.bicep' = {
  name: 'functionApp'
  params: {
    location: location
    planName: '${name}-plan'
    appName: '${name}-${suffix}'
    identityResourceId: identity.id
    identityClientId: identity.properties.clientId
    blobEndpoint: storage.outputs.blobEndpoint
    queueEndpoint: storage.outputs.queueEndpoint
    tableEndpoint: storage.outputs.tableEndpoint
    deploymentContainerName: storage.outputs.deploymentContainerName
    appInsightsConnectionString: monitoring.outputs.connectionString
    keyVaultName: keyVault.outputs.name
    keyVaultUri: keyVault.outputs.uri
    instanceMemoryMB: instanceMemoryMB
    maximumInstanceCount: maximumInstanceCount
    httpAlwaysReadyInstances: httpAlwaysReadyInstances
    virtualNetworkSubnetId: networkIsolation ? network!.outputs.appSubnetResourceId : ''
    durableBackend: durableBackend
    durableTaskSchedulerEndpoint: durableBackend == 'DurableTaskScheduler' ? durableTaskScheduler!.outputs.endpoint : ''
    taskHubName: taskHubName
    discoverySubscriptionIds: discoverySubscriptionIds
    containmentEnabled: containmentEnabled
    teamsRoles: teamsRoles
    roleGroupIds: roleGroupIds
    teamsGraphEnabled: teamsGraphEnabled
    approvalTokenLifetime: approvalTokenLifetime
    graphBaseUrl: graphBaseUrl
    // azd deploys the code to the resource carrying this tag.
    tags: union(allTags, { 'azd-service-name': 'functions' })
  }
}

module authentication 'modules/appAuthentication.bicep' = {
  name: 'authentication'
  params: {
    siteName: functionApp.outputs.name
    clientId: authClientId
  }
}

// A scope is /subscriptions/<id>/resourceGroups/<name>[/providers/Microsoft.CognitiveServices/accounts/<account>].
module containment 'modules/containmentRole.bicep' = [
  for (scope, i) in (containmentEnabled ? containmentScopes : []): {
    name: 'containment-${i}'
    scope: resourceGroup(split(scope, '/')[2], split(scope, '/')[4])
    params: {
      principalId: identity.properties.principalId
      accountName: length(split(scope, '/')) > 5 ? last(split(scope, '/')) : ''
    }
  }
]

@description('The resource group the product is deployed in.')
output resourceGroupName string = resourceGroup().name

@description('The name of the Functions app.')
output functionAppName string = functionApp.outputs.name

@description('The resource id of the Functions app.')
output functionAppResourceId string = functionApp.outputs.resourceId

@description('The default host name of the Functions app (the redirect URI is https://<host>/.auth/login/aad/callback).')
output functionAppHostName string = functionApp.outputs.defaultHostName

@description('The name of the storage account.')
output storageAccountName string = storage.outputs.name

@description('The resource id of the storage account.')
output storageAccountResourceId string = storage.outputs.resourceId

@description('The name of the Key Vault.')
output keyVaultName string = keyVault.outputs.name

@description('The URI of the Key Vault.')
output keyVaultUri string = keyVault.outputs.uri

@description('The resource id of the user-assigned managed identity the app runs as.')
output identityResourceId string = identity.id

@description('The client id of that identity.')
output identityClientId string = identity.properties.clientId

@description('The object (principal) id of that identity: grant Graph permissions and subscription Reader to it.')
output identityPrincipalId string = identity.properties.principalId

@description('The name of the Application Insights component.')
output applicationInsightsName string = monitoring.outputs.name

@description('The Durable Task Scheduler endpoint; empty with the Azure Storage backend.')
output durableTaskSchedulerEndpoint string = durableBackend == 'DurableTaskScheduler' ? durableTaskScheduler!.outputs.endpoint : ''

@description('The routes excluded from App Service Authentication.')
output authenticationExcludedPaths array = authentication.outputs.excludedPaths
