// AiSec Functions: storage (with the WORM audit container), Key Vault, monitoring and the Functions app with a
// user-assigned managed identity that reaches storage and Key Vault through RBAC only.
targetScope = 'resourceGroup'

@description('Azure region for every resource.')
param location string = resourceGroup().location

@description('Short name used as the prefix of every resource (lower-case letters and digits).')
@minLength(3)
@maxLength(11)
param name string = 'aisec'

@description('Days audit records stay immutable.')
@minValue(1)
param auditRetentionDays int = 365

@description('Subscriptions Discovery scans; empty scans every subscription the identity can read. Grant the identity Reader there (see subscriptionReader.bicep).')
param discoverySubscriptionIds array = []

param tags object = {
  product: 'aisec-functions'
}

var suffix = uniqueString(resourceGroup().id)

module monitoring 'modules/monitoring.bicep' = {
  name: 'monitoring'
  params: {
    location: location
    name: name
    tags: tags
  }
}

module storage 'modules/storage.bicep' = {
  name: 'storage'
  params: {
    location: location
    accountName: take('${name}${suffix}', 24)
    auditRetentionDays: auditRetentionDays
    tags: tags
  }
}

module keyVault 'modules/keyVault.bicep' = {
  name: 'keyVault'
  params: {
    location: location
    vaultName: take('${name}-kv-${suffix}', 24)
    readerPrincipalId: functionApp.outputs.principalId
    tags: tags
  }
}

module functionApp 'modules/functionApp.bicep' = {
  name: 'functionApp'
  params: {
    location: location
    name: name
    storageAccountName: storage.outputs.accountName
    appInsightsConnectionString: monitoring.outputs.appInsightsConnectionString
    keyVaultUri: 'https://${take('${name}-kv-${suffix}', 24)}${environment().suffixes.keyvaultDns}/'
    discoverySubscriptionIds: discoverySubscriptionIds
    tags: tags
  }
}

module storageRoles 'modules/roleAssignment.bicep' = {
  name: 'storageRoles'
  params: {
    storageAccountName: storage.outputs.accountName
    principalId: functionApp.outputs.principalId
  }
}

output functionAppName string = functionApp.outputs.appName
output functionAppHostName string = functionApp.outputs.defaultHostName
output storageAccountName string = storage.outputs.accountName
output keyVaultUri string = keyVault.outputs.vaultUri
output identityClientId string = functionApp.outputs.clientId
