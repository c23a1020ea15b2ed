// Optional network isolation: a virtual network with a subnet for the Functions app's outbound traffic (Flex
// Consumption VNet integration) and a subnet for private endpoints to the storage account (blob, queue, table) and
// the Key Vault, each resolved through a private DNS zone linked to the network.

@description('Required. Azure region.')
param location string

@description('Required. Name prefix of the resources.')
param name string

@description('Required. Resource id of the storage account to reach privately.')
param storageAccountResourceId string

@description('Required. Resource id of the Key Vault to reach privately.')
param keyVaultResourceId string

@description('Optional. Address space of the virtual network; the two subnets take its first two /24 ranges.')
param addressPrefix string = '10.40.0.0/16'

@description('Optional. Tags of the resources.')
param tags object = {}

var storageSuffix = environment().suffixes.storage
// Key Vault's private zone is privatelink.vaultcore.<cloud suffix>: derived from the vault DNS suffix, so the
// template stays free of one cloud's host names.
var vaultZone = 'privatelink${replace(environment().suffixes.keyvaultDns, '.vault.', '.vaultcore.')}'

var endpoints = [
  { target: storageAccountResourceId, groupId: 'blob', zone: 'privatelink.blob.${storageSuffix}' }
  { target: storageAccountResourceId, groupId: 'queue', zone: 'privatelink.queue.${storageSuffix}' }
  { target: storageAccountResourceId, groupId: 'table', zone: 'privatelink.table.${storageSuffix}' }
  { target: keyVaultResourceId, groupId: 'vault', zone: vaultZone }
]

resource network 'Microsoft.Network/virtualNetworks@2025-05-01' = {
  name: '${name}-vnet'
  location: location
  tags: tags
  properties: {
    addressSpace: { addressPrefixes: [addressPrefix] }
    subnets: [
      {
        name: 'app'
        properties: {
          addressPrefix: cidrSubnet(addressPrefix, 24, 0)
          // Flex Consumption integrates through a subnet delegated to Microsoft.App/environments.
          delegations: [
            {
              name: 'flex-consumption'
              properties: { serviceName: 'Microsoft.App/environments' }
            }
          ]
        }
      }
      {
        name: 'private-endpoints'
        properties: {
          addressPrefix: cidrSubnet(addressPrefix, 24, 1)
          privateEndpointNetworkPolicies: 'Disabled'
        }
      }
    ]
  }
}

resource zones 'Microsoft.Network/privateDnsZones@2024-06-01' = [
  for endpoint in endpoints: {
    name: endpoint.zone
    location: 'global'
    tags: tags
  }
]

resource zoneLinks 'Microsoft.Network/privateDnsZones/virtualNetworkLinks@2024-06-01' = [
  for (endpoint, i) in endpoints: {
    parent: zones[i]
    name: network.name
    location: 'global'
    tags: tags
    properties: {
      registrationEnabled: false
      virtualNetwork: { id: network.id }
    }
  }
]

resource privateEndpoints 'Microsoft.Network/privateEndpoints@2025-05-01' = [
  for endpoint in endpoints: {
    name: '${name}-pe-${last(split(endpoint.target, '/'))}-${endpoint.groupId}'
    location: location
    tags: tags
    properties: {
      subnet: { id: network.properties.subnets[1].id }
      privateLinkServiceConnections: [
        {
          name: endpoint.groupId
          properties: {
            privateLinkServiceId: endpoint.target
            groupIds: [endpoint.groupId]
          }
        }
      ]
    }
  }
]

resource zoneGroups 'Microsoft.Network/privateEndpoints/privateDnsZoneGroups@2025-05-01' = [
  for (endpoint, i) in endpoints: {
    parent: privateEndpoints[i]
    name: 'default'
    properties: {
      privateDnsZoneConfigs: [
        {
          name: endpoint.groupId
          properties: { privateDnsZoneId: zones[i].id }
        }
      ]
    }
  }
]

@description('The name of the virtual network.')
output name string = network.name

@description('The resource id of the virtual network.')
output resourceId string = network.id

@description('The resource id of the subnet the Functions app integrates with.')
output appSubnetResourceId string = network.properties.subnets[0].id
