# Sourced: the services of the system and their HTTP ports (env <NAME>_PORT overrides each).
declare -A SERVICE_PORTS=(
  [covenants]="${COVENANTS_PORT:-3101}"
  [agenda]="${AGENDA_PORT:-3102}"
  [awards]="${AWARDS_PORT:-3103}"
  [invitations]="${INVITATIONS_PORT:-3104}"
  [press]="${PRESS_PORT:-3105}"
)
export COVENANTS_PORT="${SERVICE_PORTS[covenants]}" AGENDA_PORT="${SERVICE_PORTS[agenda]}" \
  AWARDS_PORT="${SERVICE_PORTS[awards]}" INVITATIONS_PORT="${SERVICE_PORTS[invitations]}" PRESS_PORT="${SERVICE_PORTS[press]}"
