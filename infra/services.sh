# Sourced: the services of the system and their HTTP ports (env COVENANTS_PORT, AWARDS_PORT, INVITATIONS_PORT, PRESS_PORT).
declare -A SERVICE_PORTS=(
  [covenants]="${COVENANTS_PORT:-3101}"
  [awards]="${AWARDS_PORT:-3103}"
  [invitations]="${INVITATIONS_PORT:-3104}"
  [press]="${PRESS_PORT:-3105}"
)
export COVENANTS_PORT="${SERVICE_PORTS[covenants]}" AWARDS_PORT="${SERVICE_PORTS[awards]}" INVITATIONS_PORT="${SERVICE_PORTS[invitations]}" PRESS_PORT="${SERVICE_PORTS[press]}"
