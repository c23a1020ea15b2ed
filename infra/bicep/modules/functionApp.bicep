@description('Azure region.')
param location string

@description('Name prefix for the resources.')
param name string

@description('Storage account used for the host and the product state (identity-based access).')
param storageAccountName string

param appInsightsConnectionString string

@description('Key Vault holding the audit signing key.')
param keyVaultUri string

@description('Subscriptions Discovery scans (empty: every subscription the identity can read).')
param discoverySubscriptionIds array = []

param tags object = {}

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: '${name}-id'
  location: location
  tags: tags
}

resource plan 'Microsoft.Web/serverfarms@2023-12-01' = {
  name: '${name}-plan'
  location: location
  tags: tags
  kind: 'elastic'
  sku: { name: 'EP1', tier: 'ElasticPremium' }
  properties: {
    reserved: true
    maximumElasticWorkerCount: 5
  }
}

resource app 'Microsoft.Web/sites@2023-12-01' = {
  name: '${name}-func'
  location: location
  tags: tags
  kind: 'functionapp,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: { '${identity.id}': {} }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    keyVaultReferenceIdentity: identity.id
    siteConfig: {
      linuxFxVersion: 'DOTNET-ISOLATED|10.0'
      minTlsVersion: '1.2'
      ftpsState: 'Disabled'
      alwaysOn: false
      appSettings: [
        { name: 'FUNCTIONS_EXTENSION_VERSION', value: '~4' }
        { name: 'FUNCTIONS_WORKER_RUNTIME', value: 'dotnet-isolated' }
        // Host storage through the managed identity, no keys (AzureWebJobsStorage__* identity settings).
        { name: 'AzureWebJobsStorage__accountName', value: storageAccountName }
        { name: 'AzureWebJobsStorage__credential', value: 'managedidentity' }
        { name: 'AzureWebJobsStorage__clientId', value: identity.properties.clientId }
        { name: 'AZURE_CLIENT_ID', value: identity.properties.clientId }
        { name: 'APPLICATIONINSIGHTS_CONNECTION_STRING', value: appInsightsConnectionString }
        { name: 'APPLICATIONINSIGHTS_AUTHENTICATION_STRING', value: 'Authorization=AAD;ClientId=${identity.properties.clientId}' }
        { name: 'Storage__AccountUri', value: 'https://${storageAccountName}.blob.${environment().suffixes.storage}' }
        { name: 'Audit__SigningKey__KeyVaultUri', value: keyVaultUri }
        { name: 'Discovery__Schedule', value: '0 0 */6 * * *' }
        { name: 'Risk__Schedule', value: '0 30 */6 * * *' }
        { name: 'Discovery__Azure__Enabled', value: 'true' }
        { name: 'Discovery__Azure__Credential', value: 'managedidentity' }
        { name: 'Discovery__Azure__ManagedIdentityClientId', value: identity.properties.clientId }
        { name: 'Discovery__Azure__SubscriptionIds', value: join(discoverySubscriptionIds, ',') }
      ]
    }
  }
}

output principalId string = identity.properties.principalId
output clientId string = identity.properties.clientId
output appName string = app.name
output defaultHostName string = app.properties.defaultHostName
