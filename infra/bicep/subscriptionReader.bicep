// Grants the Functions app's identity Reader on one subscription so Discovery can inventory its AI resources.
// Deploy once per scanned subscription:
//   az deployment sub create --subscription <id> -l <region> -f subscriptionReader.bicep -p principalId=<identityPrincipalId>
targetScope = 'subscription'

metadata name = 'AiSec Functions: Discovery reader'
metadata description = 'Grants Reader on this subscription to the AiSec Functions managed identity.'

@description('Required. Object (principal) id of the Functions app managed identity (main.bicep output identityPrincipalId).')
@minLength(36)
@maxLength(36)
param principalId string

var readerRoleId = 'acdd72a7-3385-48ef-bd42-f606fba81ae7'

resource reader 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(subscription().id, principalId, readerRoleId)
  properties: {
    description: 'Reader: AiSec Discovery inventories AI accounts, deployments and endpoints in this subscription.'
    principalId: principalId
    principalType: 'ServicePrincipal'
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', readerRoleId)
  }
}

@description('The resource id of the role assignment.')
output resourceId string = reader.id
