// Key Vault in RBAC mode for the product's secrets: the audit checkpoint signing key, the approval-token signing key
// and the Teams webhook URLs. The app reads them (Key Vault Secrets User, through Key Vault references and the SDK);
// only an administrator writes them.

@description('Required. Azure region.')
param location string

@description('Required. Key Vault name (3-24 letters, digits and dashes).')
@minLength(3)
@maxLength(24)
param vaultName string

@description('Required. Object (principal) id of the Functions app identity, which reads the secrets.')
param readerPrincipalId string

@description('Optional. Object id of a person or group that seeds the secrets (Key Vault Secrets Officer on this vault only). Empty: grant nobody.')
param administratorPrincipalId string = ''

@description('Optional. Principal type of administratorPrincipalId.')
@allowed([
  'User'
  'Group'
  'ServicePrincipal'
])
param administratorPrincipalType string = 'User'

@description('Optional. Disable public network access (reach the vault through a private endpoint only).')
param disablePublicNetworkAccess bool = false

@description('Optional. Tags of the resources.')
param tags object = {}

resource vault 'Microsoft.KeyVault/vaults@2025-05-01' = {
  name: vaultName
  location: location
  tags: tags
  properties: {
    tenantId: tenant().tenantId
    sku: { family: 'A', name: 'standard' }
    enableRbacAuthorization: true
    enableSoftDelete: true
    enablePurgeProtection: true
    softDeleteRetentionInDays: 90
    publicNetworkAccess: disablePublicNetworkAccess ? 'Disabled' : 'Enabled'
    networkAcls: {
      defaultAction: disablePublicNetworkAccess ? 'Deny' : 'Allow'
      bypass: 'AzureServices'
    }
  }
}

resource secretsUser 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(vault.id, readerPrincipalId, '4633458b-17de-408a-b874-0445c86b69e6')
  scope: vault
  properties: {
    description: 'Key Vault Secrets User: the app reads its signing keys and webhook URLs, never writes them.'
    principalId: readerPrincipalId
    principalType: 'ServicePrincipal'
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', '4633458b-17de-408a-b874-0445c86b69e6')
  }
}

resource secretsOfficer 'Microsoft.Authorization/roleAssignments@2022-04-01' = if (!empty(administratorPrincipalId)) {
  name: guid(vault.id, administratorPrincipalId, 'b86a8fe4-44ce-4948-aee5-eccb2c155cd7')
  scope: vault
  properties: {
    description: 'Key Vault Secrets Officer: the administrator seeds and rotates the product secrets.'
    principalId: administratorPrincipalId
    principalType: administratorPrincipalType
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', 'b86a8fe4-44ce-4948-aee5-eccb2c155cd7')
  }
}

@description('The name of the vault.')
output name string = vault.name

@description('The resource id of the vault.')
output resourceId string = vault.id

@description('The vault URI, e.g. https://<vault>.vault.azure.net/.')
output uri string = vault.properties.vaultUri
