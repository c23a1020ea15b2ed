// The Functions app on a Flex Consumption (FC1) plan: dotnet-isolated 10.0, deployed from a blob container reached by
// the user-assigned identity, and configured entirely through app settings that name identities, endpoints and Key
// Vault references — never a key, a secret or a connection string that carries one.

@description('Required. Azure region.')
param location string

@description('Required. Name of the Flex Consumption plan.')
param planName string

@description('Required. Name of the Functions app (globally unique: it is the default host name).')
param appName string

@description('Required. Resource id of the user-assigned managed identity the app runs as.')
param identityResourceId string

@description('Required. Client id of that identity.')
param identityClientId string

@description('Required. Blob endpoint of the storage account (trailing slash included).')
param blobEndpoint string

@description('Required. Queue endpoint of the storage account.')
param queueEndpoint string

@description('Required. Table endpoint of the storage account.')
param tableEndpoint string

@description('Required. Blob container Flex Consumption deploys the package from.')
param deploymentContainerName string

@description('Required. Application Insights connection string (an identifier; ingestion is Entra-authenticated).')
param appInsightsConnectionString string

@description('Required. Name of the Key Vault holding the product secrets.')
param keyVaultName string

@description('Required. URI of that Key Vault.')
param keyVaultUri string

@description('Optional. Memory of each instance, in MB.')
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

@description('Optional. Instances of the HTTP group kept warm (0: scale to zero; 1 or more: the guardrail answers without a cold start).')
@minValue(0)
param httpAlwaysReadyInstances int = 0

@description('Optional. Resource id of the subnet (delegated to Microsoft.App/environments) for VNet integration; empty: none.')
param virtualNetworkSubnetId string = ''

@description('Optional. Durable Functions backend.')
@allowed([
  'AzureStorage'
  'DurableTaskScheduler'
])
param durableBackend string = 'AzureStorage'

@description('Optional. Durable Task Scheduler endpoint; required when durableBackend is DurableTaskScheduler.')
param durableTaskSchedulerEndpoint string = ''

@description('Required. Durable task hub name (host.json extensions.durableTask.hubName).')
param taskHubName string

@description('Optional. Subscriptions Discovery scans; empty scans every subscription the identity can read.')
param discoverySubscriptionIds array = []

@description('Optional. Whether playbook containment actions may change AI accounts.')
param containmentEnabled bool = false

@description('Optional. Playbook roles with a Teams channel; each needs the Key Vault secret teams-webhook-<role, dashes for underscores>.')
param teamsRoles array = []

@description('Optional. Playbook role to Entra group object id.')
param roleGroupIds object = {}

@description('Optional. Send activity-feed notices through Microsoft Graph (needs TeamsActivity.Send and the Teams app).')
param teamsGraphEnabled bool = false

@description('Optional. Lifetime of an approval link (TimeSpan, e.g. 04:00:00); empty: the step timeout plus one hour.')
param approvalTokenLifetime string = ''

@description('Optional. Microsoft Graph base URL.')
param graphBaseUrl string = 'https://graph.microsoft.com/v1.0/'

@description('Optional. Tags of the resources.')
param tags object = {}

resource plan 'Microsoft.Web/serverfarms@2025-03-01' = {
  name: planName
  location: location
  tags: tags
  kind: 'functionapp'
  sku: { name: 'FC1', tier: 'FlexConsumption' }
  properties: { reserved: true }
}

resource app 'Microsoft.Web/sites@2025-03-01' = {
  name: appName
  location: location
  tags: tags
  kind: 'functionapp,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: { '${identityResourceId}': {} }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    keyVaultReferenceIdentity: identityResourceId
    virtualNetworkSubnetId: empty(virtualNetworkSubnetId) ? null : virtualNetworkSubnetId
    siteConfig: {
      minTlsVersion: '1.2'
      scmMinTlsVersion: '1.2'
      http20Enabled: true
    }
    functionAppConfig: {
      deployment: {
        storage: {
          type: 'blobContainer'
          value: '${blobEndpoint}${deploymentContainerName}'
          authentication: {
            type: 'UserAssignedIdentity'
            userAssignedIdentityResourceId: identityResourceId
          }
        }
      }
      runtime: { name: 'dotnet-isolated', version: '10.0' }
      scaleAndConcurrency: {
        instanceMemoryMB: instanceMemoryMB
        maximumInstanceCount: maximumInstanceCount
        alwaysReady: httpAlwaysReadyInstances > 0 ? [{ name: 'http', instanceCount: httpAlwaysReadyInstances }] : []
      }
    }
  }
}

// Deployments authenticate with Entra ID; publishing with user names and passwords stays off.
resource ftpCredentials 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2025-03-01' = {
  parent: app
  name: 'ftp'
  properties: { allow: false }
}

resource scmCredentials 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2025-03-01' = {
  parent: app
  name: 'scm'
  properties: { allow: false }
}

// The Functions host and the SDKs sign in as the user-assigned identity.
var hostSettings = {
  AzureWebJobsStorage__credential: 'managedidentity'
  AzureWebJobsStorage__clientId: identityClientId
  AzureWebJobsStorage__blobServiceUri: blobEndpoint
  AzureWebJobsStorage__queueServiceUri: queueEndpoint
  AzureWebJobsStorage__tableServiceUri: tableEndpoint
  AZURE_CLIENT_ID: identityClientId
  APPLICATIONINSIGHTS_CONNECTION_STRING: appInsightsConnectionString
  APPLICATIONINSIGHTS_AUTHENTICATION_STRING: 'Authorization=AAD;ClientId=${identityClientId}'
  // App Service Authentication signs people in with the identity as a federated credential (appAuthentication.bicep).
  OVERRIDE_USE_MI_FIC_ASSERTION_CLIENTID: identityClientId
  WEBSITE_AUTH_AAD_ALLOWED_TENANTS: tenant().tenantId
}

// Durable Task Scheduler: the host.json storage provider is switched through app settings, so one host.json serves
// both backends (the Azure Storage backend needs nothing beyond AzureWebJobsStorage).
var durableSettings = durableBackend == 'DurableTaskScheduler'
  ? {
      DURABLE_TASK_SCHEDULER_CONNECTION_STRING: 'Endpoint=${durableTaskSchedulerEndpoint};Authentication=ManagedIdentity;ClientID=${identityClientId}'
      TASKHUB_NAME: taskHubName
      AzureFunctionsJobHost__extensions__durableTask__storageProvider__type: 'azureManaged'
      AzureFunctionsJobHost__extensions__durableTask__storageProvider__connectionStringName: 'DURABLE_TASK_SCHEDULER_CONNECTION_STRING'
    }
  : {}

var productSettings = {
  Storage__AccountUri: blobEndpoint
  Guardrail__DevMode: 'false'
  Audit__SigningKey__KeyVaultUri: keyVaultUri
  Audit__SigningKey__SecretName: 'audit-signing-key'
  Discovery__Schedule: '0 0 */6 * * *'
  Risk__Schedule: '0 30 */6 * * *'
  Dashboard__SnapshotSchedule: '0 0 1 * * *'
  Discovery__Azure__Enabled: 'true'
  Discovery__Azure__Credential: 'managedidentity'
  Discovery__Azure__ManagedIdentityClientId: identityClientId
  Discovery__Azure__ResourceManagerEndpoint: environment().resourceManager
  Discovery__Azure__SubscriptionIds: join(discoverySubscriptionIds, ',')
  Playbooks__TimeScale: '1'
  Playbooks__Graph__BaseUrl: graphBaseUrl
  Playbooks__Actions__ContainmentEnabled: containmentEnabled ? 'true' : 'false'
  Playbooks__Approvals__BaseUrl: 'https://${app.properties.defaultHostName}/api/approvals'
  Playbooks__Approvals__SigningKey__KeyVaultUri: keyVaultUri
  Playbooks__Approvals__SigningKey__SecretName: 'approval-token-key'
  Playbooks__Approvals__DevIdentity: 'false'
  Playbooks__Teams__Graph__Enabled: teamsGraphEnabled ? 'true' : 'false'
}

// Set only when given: an empty value would not mean "the default" to the options binder.
var approvalLifetimeSettings = empty(approvalTokenLifetime) ? {} : { Playbooks__Approvals__TokenLifetime: approvalTokenLifetime }

// Key Vault secret names allow letters, digits and dashes only, so role underscores become dashes.
var teamsChannelSettings = toObject(
  teamsRoles,
  role => 'Playbooks__Teams__Channels__${role}__WebhookUrl',
  role => '@Microsoft.KeyVault(VaultName=${keyVaultName};SecretName=teams-webhook-${replace(role, '_', '-')})'
)

var roleGroupSettings = toObject(
  items(roleGroupIds),
  entry => 'Playbooks__Roles__${entry.key}__GroupId',
  entry => string(entry.value)
)

resource appSettings 'Microsoft.Web/sites/config@2025-03-01' = {
  parent: app
  name: 'appsettings'
  properties: union(
    hostSettings,
    durableSettings,
    productSettings,
    approvalLifetimeSettings,
    teamsChannelSettings,
    roleGroupSettings
  )
}

@description('The name of the Functions app.')
output name string = app.name

@description('The resource id of the Functions app.')
output resourceId string = app.id

@description('The default host name of the Functions app.')
output defaultHostName string = app.properties.defaultHostName

@description('The resource id of the Flex Consumption plan.')
output planResourceId string = plan.id
